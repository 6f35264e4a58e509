package app.temple.account.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hourly sweep of expired rate limits, spent tokens and old anonymous security events, on one node at a time. */
@Configuration(proxyBeanMethods = false)
class SecurityDataPurgeTask {

    static final String NAME = "account-purge-expired-security-data";

    @Bean
    RecurringTask<Void> purgeExpiredSecurityData(SecurityDataPurge purge) {
        return Tasks.recurring(NAME, FixedDelay.ofHours(1)).execute((instance, context) -> purge.purge());
    }
}

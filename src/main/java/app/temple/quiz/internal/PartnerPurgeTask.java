package app.temple.quiz.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hourly sweep that deletes expired, unused partner invitations: an invitation's data is gone within an hour
 * of the moment its link stops working, on whichever node db-scheduler picks.
 */
@Configuration(proxyBeanMethods = false)
class PartnerPurgeTask {

    static final String NAME = "quiz-purge-expired-invitations";

    @Bean
    RecurringTask<Void> purgeExpiredInvitations(ExpiredInvitationPurge purge) {
        return Tasks.recurring(NAME, FixedDelay.ofHours(1)).execute((instance, context) -> purge.purge());
    }
}

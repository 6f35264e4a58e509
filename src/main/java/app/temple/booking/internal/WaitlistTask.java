package app.temple.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/** One db-scheduler job per offer, when it stops being hers alone: the next in line is then offered the time. */
@Configuration(proxyBeanMethods = false)
class WaitlistTask {

    static final String NAME = "booking-waitlist-offer-expired";

    @Bean
    OneTimeTask<Void> waitlistOfferExpired(WaitlistService waitlist) {
        return Tasks.oneTime(NAME).execute((instance, context) -> waitlist.expire(UUID.fromString(instance.getId())));
    }
}

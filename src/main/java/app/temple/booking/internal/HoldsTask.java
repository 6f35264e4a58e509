package app.temple.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sweep that frees the time of paid sessions whose payment never came: the provider reports an abandoned checkout
 * too, but a report can be lost or late, and a held time must not stay held for good. Once a minute, on one node.
 */
@Configuration(proxyBeanMethods = false)
class HoldsTask {

    static final String SWEEP = "booking-hold-sweep";

    @Bean
    RecurringTask<Void> bookingHoldSweep(PaidBookings paid) {
        return Tasks.recurring(SWEEP, FixedDelay.ofMinutes(1)).execute((instance, context) -> paid.releaseLapsed());
    }
}

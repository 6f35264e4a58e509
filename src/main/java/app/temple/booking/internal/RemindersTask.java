package app.temple.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler job per reminder, at its moment, named by its {@link ReminderKey}: db-scheduler runs each on one
 * node of a cluster and keeps it through restarts; {@link ReminderSender} makes a second run send nothing. A sweep
 * every ten minutes is the safety net, as for scheduled articles: it plans what is missing for the sessions ahead
 * (booked before reminders existed, or a job lost with a database restore).
 */
@Configuration(proxyBeanMethods = false)
class RemindersTask {

    static final String NAME = "booking-reminder";
    static final String SWEEP = "booking-reminder-sweep";

    @Bean
    OneTimeTask<Void> sessionReminder(ReminderSender sender) {
        return Tasks.oneTime(NAME).execute((instance, context) -> sender.remind(ReminderKey.ofInstanceId(instance.getId())));
    }

    @Bean
    RecurringTask<Void> sessionReminderSweep(ReminderPlanner planner) {
        return Tasks.recurring(SWEEP, FixedDelay.ofMinutes(10)).execute((instance, context) -> planner.planMissing());
    }
}

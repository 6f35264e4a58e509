package app.temple.booking.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One db-scheduler job per reminder, at its moment, named by its {@link ReminderKey}: db-scheduler runs each on one
 * node of a cluster and keeps it through restarts; {@link ReminderSender} makes a second run send nothing.
 */
@Configuration(proxyBeanMethods = false)
class RemindersTask {

    static final String NAME = "booking-reminder";

    @Bean
    OneTimeTask<Void> sessionReminder(ReminderSender sender) {
        return Tasks.oneTime(NAME).execute((instance, context) -> sender.remind(ReminderKey.ofInstanceId(instance.getId())));
    }
}

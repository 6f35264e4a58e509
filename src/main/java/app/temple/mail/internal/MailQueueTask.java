package app.temple.mail.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The sweep that sends queued letters: retries, and letters whose after-commit nudge was lost (a node that
 * stopped). db-scheduler runs it on one node at a time; the leases on claimed letters make even two runs safe.
 */
@Configuration(proxyBeanMethods = false)
class MailQueueTask {

    static final String NAME = "mail-send-queued";

    @Bean
    RecurringTask<Void> sendQueuedLetters(QueueSender sender, @Value("${temple.mail.queue.sweep:PT15S}") Duration every) {
        return Tasks.recurring(NAME, FixedDelay.of(every)).execute((instance, context) -> {
            sender.sendDue();
            sender.purge();
        });
    }
}

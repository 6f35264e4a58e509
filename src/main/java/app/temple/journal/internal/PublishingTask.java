package app.temple.journal.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that makes scheduled articles go live even when nobody visits. It runs every 30 seconds, so
 * an article appears at most that long after its time; db-scheduler keeps it to one node in a cluster.
 */
@Configuration(proxyBeanMethods = false)
class PublishingTask {

    static final String NAME = "journal-publish-scheduled";

    @Bean
    RecurringTask<Void> publishScheduledArticles(ScheduledPublishing publishing) {
        return Tasks.recurring(NAME, FixedDelay.ofSeconds(30)).execute((instance, context) -> publishing.publishDue());
    }
}

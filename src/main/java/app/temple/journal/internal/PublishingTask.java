package app.temple.journal.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs that make scheduled articles go live even when nobody visits: a one-time job at each article's
 * moment, and a recurring sweep every 30 seconds as the safety net (for a job lost with a database restore, or
 * a moment an editor moved). Both only publish what is due; db-scheduler runs each on one node of a cluster.
 */
@Configuration(proxyBeanMethods = false)
class PublishingTask {

    static final String NAME = "journal-publish-scheduled";
    static final String AT_ITS_TIME = "journal-publish-at";

    @Bean
    RecurringTask<Void> publishScheduledArticles(ScheduledPublishing publishing) {
        return Tasks.recurring(NAME, FixedDelay.ofSeconds(30)).execute((instance, context) -> publishing.publishDue());
    }

    @Bean
    OneTimeTask<Void> publishAtItsTime(ScheduledPublishing publishing) {
        return Tasks.oneTime(AT_ITS_TIME).execute((instance, context) -> publishing.publishDue());
    }
}

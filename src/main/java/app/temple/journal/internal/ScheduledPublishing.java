package app.temple.journal.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Publishes the scheduled articles whose time has come; db-scheduler runs it on one node at a time. */
@Component
public class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Articles articles;
    private final Clock clock;

    public ScheduledPublishing(Articles articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional
    public int publishDue() {
        int published = articles.publishDue(clock.instant());
        if (published > 0) {
            log.info("Journal: {} scheduled article(s) published", published);
        }
        return published;
    }
}

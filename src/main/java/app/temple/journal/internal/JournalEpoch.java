package app.temple.journal.internal;

import app.temple.site.ContentEpoch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The epoch of every public Journal page. {@link Articles} moves it after each write that commits here; a light
 * poll of the article table moves it when another instance of Temple, sharing the database, changed the Journal.
 */
@Component
public class JournalEpoch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JournalEpoch.class);

    private final ContentEpoch epoch = new ContentEpoch();
    private final JdbcClient jdbc;
    private final Duration pollEvery;
    private volatile String lastSeen;
    private ScheduledExecutorService poller;

    JournalEpoch(JdbcClient jdbc, @Value("${temple.journal.change-poll:1s}") Duration pollEvery) {
        this.jdbc = jdbc;
        this.pollEvery = pollEvery;
    }

    public ContentEpoch epoch() {
        return epoch;
    }

    void changedInThisTransaction() {
        epoch.advanceAfterCommit();
    }

    /** Moves the epoch when the table's state differs from the one seen last time; the poller calls it every second. */
    public void poll() {
        String state = jdbc.sql("select count(*) || '/' || coalesce(max(changed_at)::text, '') || '/' "
                        + "|| coalesce(max(unpublished_at)::text, '') from journal_article")
                .query(String.class).single();
        if (lastSeen != null && !Objects.equals(state, lastSeen)) {
            epoch.advance();
        }
        lastSeen = state;
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("journal-epoch").factory());
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException unavailable) {
            // the database may be restarting; the next poll tries again, and until then pages stay as they were
            log.debug("Could not read the Journal's state", unavailable);
        }
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}

package app.temple.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A module's {@link ContentEpoch} that also moves when another instance of Temple, sharing the database, changed what
 * the module's shared pages show: a light query of the module's own state, polled, tells. Writes on this instance
 * move it at once, after they commit.
 */
public abstract class PolledEpoch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PolledEpoch.class);

    private final ContentEpoch epoch = new ContentEpoch();
    private final String name;
    private final Duration pollEvery;
    private volatile String lastSeen;
    private ScheduledExecutorService poller;

    protected PolledEpoch(String name, Duration pollEvery) {
        this.name = name;
        this.pollEvery = pollEvery;
    }

    /** A short text that differs whenever what the shared pages show may have changed, e.g. a count and a time. */
    protected abstract String state();

    public ContentEpoch epoch() {
        return epoch;
    }

    /** Moves the epoch once the surrounding transaction commits. */
    protected void changedInThisTransaction() {
        epoch.advanceAfterCommit();
    }

    /** Moves the epoch when the state differs from the one seen last time; the poller calls it regularly. */
    public void poll() {
        String state = state();
        if (lastSeen != null && !Objects.equals(state, lastSeen)) {
            epoch.advance();
        }
        lastSeen = state;
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name(name).factory());
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException unavailable) {
            // the database may be restarting; the next poll tries again, and until then pages stay as they were
            log.debug("Could not read the state behind {}", name, unavailable);
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

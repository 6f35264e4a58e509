package app.temple.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/**
 * A module's {@link ContentEpoch} that also moves when another instance of Temple, sharing the database, changed what
 * the module's shared pages show: a light query of the module's own state, polled, tells. Writes on this instance
 * move it at once, after they commit.
 */
public abstract class PolledEpoch extends Poller {

    private static final Logger log = LoggerFactory.getLogger(PolledEpoch.class);

    private final ContentEpoch epoch = new ContentEpoch();
    private final String name;
    private volatile String lastSeen;

    protected PolledEpoch(String name, Duration pollEvery) {
        super(name, pollEvery);
        this.name = name;
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
    protected void pollOnce() {
        poll();
    }

    @Override
    protected void failed(RuntimeException unavailable) {
        // until the next poll reads the state, pages stay as they were
        log.debug("Could not read the state behind {}", name, unavailable);
    }
}

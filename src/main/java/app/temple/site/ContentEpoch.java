package app.temple.site;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Marks the moments at which what a module's shared pages show may have changed. A shared page remembers the tick
 * at which it began rendering and is served again only while its module's epoch has not moved since, so
 * invalidating every page of a module costs one increment. Ticks come from one clock for all epochs, read before a
 * page renders: a change committed while the page was rendering therefore always makes it stale.
 */
public final class ContentEpoch {

    /** For pages that change only with a new release of Temple. */
    public static final ContentEpoch RELEASE = new ContentEpoch();

    private static final AtomicLong TICKS = new AtomicLong();

    private volatile long lastMoved;

    /** The tick to remember before rendering a page that may turn out to be shared. */
    public static long tick() {
        return TICKS.get();
    }

    public boolean unchangedSince(long tick) {
        return lastMoved <= tick;
    }

    public void advance() {
        lastMoved = TICKS.incrementAndGet();
    }

    /**
     * Advances once the surrounding transaction has committed, or at once outside one: a page rendered from the
     * old rows while the transaction was open must not outlive it, and one rendered before the commit could be.
     */
    public void advanceAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            advance();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                advance();
            }
        });
    }
}

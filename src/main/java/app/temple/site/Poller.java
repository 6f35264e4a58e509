package app.temple.site;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A light database read repeated on one virtual thread for as long as the application runs, the way every instance
 * of Temple notices what another instance changed ({@link PolledEpoch}, {@link ChangeFeed}). A failed read is left
 * to the next one: the database may be restarting.
 */
abstract class Poller implements SmartLifecycle {

    private final String name;
    private final Duration every;
    private ScheduledExecutorService poller;

    Poller(String name, Duration every) {
        this.name = name;
        this.every = every;
    }

    /** One read; it may throw when the database is away. */
    protected abstract void pollOnce();

    /** Told when a read failed, to note what it could not see. */
    protected abstract void failed(RuntimeException unavailable);

    private void pollQuietly() {
        try {
            pollOnce();
        } catch (RuntimeException unavailable) {
            failed(unavailable);
        }
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name(name).factory());
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
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

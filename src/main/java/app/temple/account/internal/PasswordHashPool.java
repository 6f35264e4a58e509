package app.temple.account.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once. Each Argon2 hash takes 19 MiB and tens of milliseconds of a core;
 * without a bound, a flood of sign-ins (or sign-ups) would queue hashes until memory or every request thread is
 * gone. A hash waits a short, fixed time for a place and is otherwise refused with {@link Full}, which answers 429:
 * the server stays responsive and she is asked to try again in a moment.
 */
final class PasswordHashPool {

    private final Semaphore places;
    private final int size;
    private final Duration patience;
    private final AtomicLong hashed = new AtomicLong();

    /**
     * @param size     how many hashes may run at once; at least 1
     * @param patience how long a hash may wait for a place before it is refused; zero refuses at once
     */
    PasswordHashPool(int size, Duration patience) {
        this.size = Math.max(1, size);
        this.places = new Semaphore(this.size, true);
        this.patience = patience;
    }

    /** Two hashes at least, and one per core: more than the cores only adds waiting inside the hash. */
    static int defaultSize() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Runs the hash when a place is free within the patience; otherwise throws {@link Full} without hashing. */
    <T> T hash(Supplier<T> work) {
        boolean placed;
        try {
            placed = places.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Full();
        }
        if (!placed) {
            throw new Full();
        }
        try {
            hashed.incrementAndGet();
            return work.get();
        } finally {
            places.release();
        }
    }

    int size() {
        return size;
    }

    /** How many hashes were started since the start, for metrics and for tests that prove a hash was skipped. */
    long hashed() {
        return hashed.get();
    }

    /** Every place is taken: answered with 429 and Retry-After, never with a wait that could grow without end. */
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    static final class Full extends RuntimeException {

        static final Duration RETRY_AFTER = Duration.ofSeconds(2);

        Full() {
            super("Every password hashing place is taken", null, false, false);
        }
    }
}

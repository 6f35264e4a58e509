package app.temple;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * For a test that changes rows behind Temple's back, as another instance would: what each instance keeps in memory
 * follows the change feed, polled a few times a second, so the change shows within a second, not on the next line.
 */
public final class Eventually {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private Eventually() {
    }

    /** The first answer that passes, or the last one after a few seconds (for the caller's assertion to describe). */
    public static <T> T answer(Supplier<T> ask, Predicate<T> passes) {
        Instant deadline = Instant.now().plus(WITHIN);
        T answer = ask.get();
        while (!passes.test(answer) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = ask.get();
        }
        return answer;
    }
}

package app.temple.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashPoolTest {

    /** Threads of its own: the common pool may have a single thread on a small machine. */
    private static final Executor THREADS = Executors.newCachedThreadPool();

    @Test
    void aFullPoolRefusesAtOnceWithoutHashingAndTakesHashesAgainWhenAPlaceIsFree() throws Exception {
        PasswordHashPool pool = new PasswordHashPool(2, Duration.ZERO);
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> pool.hash(() -> hold(running, release)), THREADS);
        var second = CompletableFuture.supplyAsync(() -> pool.hash(() -> hold(running, release)), THREADS);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        boolean[] hashed = {false};
        assertThatThrownBy(() -> pool.hash(() -> hashed[0] = true)).isInstanceOf(PasswordHashPool.Full.class);
        assertThat(hashed[0]).as("the refused hash ran").isFalse();
        assertThat(pool.hashed()).isEqualTo(2);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(pool.hash(() -> "again")).isEqualTo("again");
    }

    @Test
    void aHashWaitsOnlyItsPatienceForAPlace() throws Exception {
        PasswordHashPool pool = new PasswordHashPool(1, Duration.ofMillis(200));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var holder = CompletableFuture.supplyAsync(() -> pool.hash(() -> hold(running, release)), THREADS);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> pool.hash(() -> "never")).isInstanceOf(PasswordHashPool.Full.class);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(waited).isBetween(Duration.ofMillis(150), Duration.ofSeconds(3));
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theBoundedEncoderHashesThroughThePool() {
        PasswordHashPool pool = new PasswordHashPool(1, Duration.ZERO);
        PasswordEncoder plain = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "hashed:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encoded.equals("hashed:" + raw);
            }
        };
        PasswordEncoder bounded = new BoundedPasswordEncoder(plain, pool);

        assertThat(bounded.matches("secret", bounded.encode("secret"))).isTrue();
        assertThat(pool.hashed()).isEqualTo(2);
    }

    @Test
    void thePoolIsAtLeastTwoAndOnePerCore() {
        assertThat(PasswordHashPool.defaultSize()).isGreaterThanOrEqualTo(2)
                .isGreaterThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    private static String hold(CountDownLatch running, CountDownLatch release) {
        running.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }
}

package app.temple.account.internal;

import org.apache.commons.codec.digest.DigestUtils;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Rate limits kept in PostgreSQL, so they hold across every node. A limit is a bucket of attempts that
 * refills over a window; keys are hashed so no address or IP is stored in clear.
 */
@Component
class RateLimits {

    /** What is limited, how many attempts, over which window, and whether the key is a network address. */
    enum Limit {
        SIGN_IN_ACCOUNT(5, Duration.ofMinutes(15), false),
        SIGN_IN_ADDRESS(30, Duration.ofMinutes(15), true),
        SIGN_UP_ADDRESS(10, Duration.ofHours(1), true),
        EMAIL_LINK_ACCOUNT(5, Duration.ofHours(1), false),
        EMAIL_LINK_ADDRESS(20, Duration.ofHours(1), true),
        SECOND_FACTOR_ACCOUNT(5, Duration.ofMinutes(15), false);

        final long attempts;
        final Duration window;
        final boolean perAddress;

        Limit(long attempts, Duration window, boolean perAddress) {
            this.attempts = attempts;
            this.window = window;
            this.perAddress = perAddress;
        }
    }

    private final ProxyManager<String> buckets;
    private final String salt;
    private final long addressAllowance;

    /**
     * @param addressAllowance multiplies the per-address limits, for sites where many people share one
     *                         address (a clinic's network, a proxy without forwarded headers) and for tests
     */
    RateLimits(DataSource dataSource, @Value("${temple.rate-limit.salt:temple}") String salt,
               @Value("${temple.rate-limit.address-allowance:1}") long addressAllowance) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("account_rate_limit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.salt = salt;
        this.addressAllowance = Math.max(1, addressAllowance);
    }

    /** How long until one more attempt is allowed; zero when it is allowed now. Consumes nothing. */
    Duration waitBefore(Limit limit, String key) {
        long nanos = bucket(limit, key).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Duration.ofNanos(nanos);
    }

    /**
     * Counts one attempt; returns how long to wait before the next one, zero while attempts remain. The
     * attempt that uses up the limit already reports the wait, so she learns it at once.
     */
    Duration consume(Limit limit, String key) {
        BucketProxy bucket = bucket(limit, key);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return Duration.ofNanos(probe.getNanosToWaitForRefill());
        }
        return probe.getRemainingTokens() > 0 ? Duration.ZERO
                : Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private BucketProxy bucket(Limit limit, String key) {
        long attempts = limit.perAddress ? limit.attempts * addressAllowance : limit.attempts;
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(attempts).refillGreedy(attempts, limit.window))
                .build();
        return buckets.builder().build(limit.name() + ":" + hash(key), () -> configuration);
    }

    private String hash(String key) {
        return DigestUtils.sha256Hex(salt + "\u0000" + key).substring(0, 32);
    }
}

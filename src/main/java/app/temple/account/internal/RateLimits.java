package app.temple.account.internal;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Rate limits kept in PostgreSQL, so they hold across every node. A limit is a bucket of attempts that
 * refills over a window; keys are hashed so no address or IP is stored in clear.
 */
@Component
class RateLimits {

    /** What is limited, how many attempts, and over which window. */
    enum Limit {
        SIGN_IN_ACCOUNT(5, Duration.ofMinutes(15)),
        SIGN_IN_ADDRESS(30, Duration.ofMinutes(15)),
        SIGN_UP_ADDRESS(10, Duration.ofHours(1)),
        EMAIL_LINK_ACCOUNT(5, Duration.ofHours(1)),
        EMAIL_LINK_ADDRESS(20, Duration.ofHours(1)),
        SECOND_FACTOR_ACCOUNT(5, Duration.ofMinutes(15));

        final long attempts;
        final Duration window;

        Limit(long attempts, Duration window) {
            this.attempts = attempts;
            this.window = window;
        }
    }

    private final ProxyManager<String> buckets;
    private final String salt;

    RateLimits(DataSource dataSource, @Value("${temple.rate-limit.salt:temple}") String salt) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("account_rate_limit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.salt = salt;
    }

    /** How long until one more attempt is allowed; zero when it is allowed now. Consumes nothing. */
    Duration waitBefore(Limit limit, String key) {
        long nanos = bucket(limit, key).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Duration.ofNanos(nanos);
    }

    /** Counts one attempt; returns how long to wait if the limit was already reached. */
    Duration consume(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private BucketProxy bucket(Limit limit, String key) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.attempts).refillGreedy(limit.attempts, limit.window))
                .build();
        return buckets.builder().build(limit.name() + ":" + hash(key), () -> configuration);
    }

    private String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

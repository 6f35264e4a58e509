package app.temple.account.internal;

import app.temple.vault.KeyedHashes;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Rate limits kept in PostgreSQL, so they hold across every node. A limit is a bucket of attempts that
 * refills over a window. A bucket's key is an HMAC under the platform's secret ({@link KeyedHashes}): no address,
 * IP or member id is stored in clear, and a copy of the database alone cannot test whether an address used Temple.
 */
@Component
class RateLimits {

    static final String KEY_PURPOSE = "account.rate-limit";

    /** What a bucket is counted by. Buckets counted by her address or id are deleted when she erases her account. */
    enum KeyedBy { EMAIL, MEMBER, NETWORK_ADDRESS }

    /** What is limited, how many attempts, over which window, and what the key is. */
    enum Limit {
        SIGN_IN_ACCOUNT(5, Duration.ofMinutes(15), KeyedBy.EMAIL),
        SIGN_IN_ADDRESS(30, Duration.ofMinutes(15), KeyedBy.NETWORK_ADDRESS),
        SIGN_UP_ADDRESS(10, Duration.ofHours(1), KeyedBy.NETWORK_ADDRESS),
        EMAIL_LINK_ACCOUNT(5, Duration.ofHours(1), KeyedBy.EMAIL),
        EMAIL_LINK_ADDRESS(20, Duration.ofHours(1), KeyedBy.NETWORK_ADDRESS),
        /** Codes from her authenticator app or recovery codes, at sign-in and while turning the app on. */
        SECOND_FACTOR_ACCOUNT(5, Duration.ofMinutes(15), KeyedBy.MEMBER),
        REAUTHENTICATION_ACCOUNT(10, Duration.ofMinutes(15), KeyedBy.MEMBER),
        PASSKEY_OPTIONS_ADDRESS(60, Duration.ofMinutes(15), KeyedBy.NETWORK_ADDRESS),
        API_ADDRESS(300, Duration.ofMinutes(1), KeyedBy.NETWORK_ADDRESS),
        /** Bookings, moves, waitlist joins and series: each holds a practitioner's time and sends letters. */
        BOOKING_MEMBER(20, Duration.ofHours(1), KeyedBy.MEMBER),
        /** Partner invitations: each makes a link that reaches another person. */
        PARTNER_INVITE_MEMBER(20, Duration.ofHours(1), KeyedBy.MEMBER),
        /** Starting a payment: each opens a purchase and asks the payment provider for a checkout page. */
        CHECKOUT_MEMBER(20, Duration.ofHours(1), KeyedBy.MEMBER);

        final long attempts;
        final Duration window;
        final KeyedBy keyedBy;

        Limit(long attempts, Duration window, KeyedBy keyedBy) {
            this.attempts = attempts;
            this.window = window;
            this.keyedBy = keyedBy;
        }
    }

    private final ProxyManager<String> buckets;
    private final KeyedHashes keyedHashes;
    private final JdbcClient jdbc;
    private final long addressAllowance;
    private final long bookingsPerHour;

    /**
     * @param addressAllowance multiplies the per-address limits, for sites where many people share one
     *                         address (a clinic's network, a proxy without forwarded headers) and for tests
     * @param bookingsPerHour  how many bookings, moves and waitlist steps one member may take an hour: an operator
     *                         whose members book for others (a clinic's front desk) or a benchmark needs more
     */
    RateLimits(DataSource dataSource, KeyedHashes keyedHashes,
               @Value("${temple.rate-limit.address-allowance:1}") long addressAllowance,
               @Value("${temple.rate-limit.bookings-per-hour:20}") long bookingsPerHour) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("account_rate_limit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.keyedHashes = keyedHashes;
        this.jdbc = JdbcClient.create(dataSource);
        this.addressAllowance = Math.max(1, addressAllowance);
        this.bookingsPerHour = Math.max(1, bookingsPerHour);
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

    /**
     * Takes one attempt if one is left, and says whether it did. Unlike {@link #consume}, an attempt that uses
     * up the limit is still allowed: this is the gate before work that must not happen past the limit.
     *
     * @return zero when the attempt was taken; otherwise how long until one is left
     */
    Duration take(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    /** Gives back an attempt {@link #take} counted, for an attempt that turned out to be hers and right. */
    void giveBack(Limit limit, String key) {
        bucket(limit, key).addTokens(1);
    }

    /** Deletes every bucket counted by her address or her id, when she erases her account. */
    int forget(UUID member, Collection<String> emailKeys) {
        List<String> ids = new ArrayList<>();
        for (Limit limit : Limit.values()) {
            switch (limit.keyedBy) {
                case EMAIL -> emailKeys.forEach(emailKey -> ids.add(id(limit, emailKey)));
                case MEMBER -> ids.add(id(limit, member.toString()));
                case NETWORK_ADDRESS -> { } // shared with others on her network; they expire on their own
            }
        }
        return jdbc.sql("delete from account_rate_limit where id in (:ids)").param("ids", ids).update();
    }

    /** The row's id: the limit's name and the key's HMAC, so the key is found again only by who knows it. */
    String id(Limit limit, String key) {
        return limit.name() + ":" + keyedHashes.macHex(KEY_PURPOSE, key == null ? "" : key);
    }

    private BucketProxy bucket(Limit limit, String key) {
        long attempts = limit == Limit.BOOKING_MEMBER ? bookingsPerHour
                : limit.keyedBy == KeyedBy.NETWORK_ADDRESS ? limit.attempts * addressAllowance : limit.attempts;
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(attempts).refillGreedy(attempts, limit.window))
                .build();
        return buckets.builder().build(id(limit, key), () -> configuration);
    }
}

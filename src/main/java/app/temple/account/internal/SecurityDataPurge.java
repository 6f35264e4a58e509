package app.temple.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what the account module keeps only for a while: rate-limit buckets past their expiry, sign-in links and
 * other tokens once used or expired (a used token opens nothing, and a hash kept for ever is one more thing to
 * leak), and security events that name no member (attempts against unknown addresses) after the retention.
 * db-scheduler runs it on one node at a time ({@link SecurityDataPurgeTask}); the time comes from the injected
 * clock, so a test can move it.
 */
@Component
class SecurityDataPurge {

    private static final Logger log = LoggerFactory.getLogger(SecurityDataPurge.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration anonymousEventRetention;

    SecurityDataPurge(JdbcClient jdbc, Clock clock,
                      @Value("${temple.security-log.anonymous-retention:30d}") Duration anonymousEventRetention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.anonymousEventRetention = anonymousEventRetention;
    }

    /** What one sweep deleted. */
    record Purged(int rateLimits, int tokens, int anonymousEvents) {
        int total() {
            return rateLimits + tokens + anonymousEvents;
        }
    }

    @Transactional
    public Purged purge() {
        Instant now = clock.instant();
        // Bucket4j writes expires_at in epoch milliseconds
        int rateLimits = jdbc.sql("delete from account_rate_limit where expires_at < ?").param(now.toEpochMilli()).update();
        int tokens = jdbc.sql("delete from account_token where used_at is not null or expires_at <= ?")
                .param(Timestamp.from(now)).update();
        int events = jdbc.sql("delete from account_security_event where member_id is null and at < ?")
                .param(Timestamp.from(now.minus(anonymousEventRetention))).update();
        Purged purged = new Purged(rateLimits, tokens, events);
        if (purged.total() > 0) {
            log.info("Accounts: purged {} expired rate limit(s), {} used or expired token(s), {} old anonymous "
                    + "security event(s)", rateLimits, tokens, events);
        }
        return purged;
    }
}

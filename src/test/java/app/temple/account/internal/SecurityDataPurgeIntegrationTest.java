package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The hourly sweep on the real tables, with the clock moved as db-scheduler's later runs would see it. */
@TempleIntegrationTest
class SecurityDataPurgeIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final UUID member = UUID.randomUUID();

    @Test
    void expiredLimitsSpentTokensAndOldAnonymousEventsGoAndTheRestStays() {
        insertMember();
        String expiredLimit = rateLimit(now.minusSeconds(60));
        String liveLimit = rateLimit(now.plusSeconds(600));
        String usedToken = token(now.plus(Duration.ofHours(1)), now.minusSeconds(5));
        String expiredToken = token(now.minusSeconds(1), null);
        String liveToken = token(now.plus(Duration.ofMinutes(15)), null);
        long oldAnonymous = event(null, now.minus(Duration.ofDays(31)));
        long recentAnonymous = event(null, now.minus(Duration.ofDays(29)));
        long oldOfHers = event(member, now.minus(Duration.ofDays(400)));

        SecurityDataPurge.Purged purged = purgeAt(now);

        assertThat(purged.rateLimits()).isPositive();
        assertThat(purged.tokens()).isGreaterThanOrEqualTo(2);
        assertThat(purged.anonymousEvents()).isPositive();
        assertThat(exists("account_rate_limit", "id", expiredLimit)).isFalse();
        assertThat(exists("account_rate_limit", "id", liveLimit)).isTrue();
        assertThat(exists("account_token", "token_hash", usedToken)).isFalse();
        assertThat(exists("account_token", "token_hash", expiredToken)).isFalse();
        assertThat(exists("account_token", "token_hash", liveToken)).isTrue();
        assertThat(exists("account_security_event", "id", oldAnonymous)).isFalse();
        assertThat(exists("account_security_event", "id", recentAnonymous)).isTrue();
        assertThat(exists("account_security_event", "id", oldOfHers)).as("her own history, kept while she is").isTrue();

        // a sweep two days on: the link and the limit have expired, the recent event has aged past 30 days
        purgeAt(now.plus(Duration.ofDays(2)));

        assertThat(exists("account_rate_limit", "id", liveLimit)).isFalse();
        assertThat(exists("account_token", "token_hash", liveToken)).isFalse();
        assertThat(exists("account_security_event", "id", recentAnonymous)).isFalse();
        assertThat(exists("account_security_event", "id", oldOfHers)).isTrue();
    }

    @Test
    void dbSchedulerRunsTheSweep() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
                .param(SecurityDataPurgeTask.NAME).query(Integer.class).single()).isEqualTo(1);
    }

    private SecurityDataPurge.Purged purgeAt(Instant at) {
        return new SecurityDataPurge(jdbc, Clock.fixed(at, ZoneOffset.UTC), Duration.ofDays(30)).purge();
    }

    private void insertMember() {
        jdbc.sql("insert into account_member (member_id, email, email_key, display_name, created_at) values (?, ?, ?, ?, ?)")
                .params(member, member + "@example.com", member + "@example.com", "Purge", Timestamp.from(now)).update();
    }

    private String rateLimit(Instant expiresAt) {
        String id = "TEST:" + UUID.randomUUID();
        jdbc.sql("insert into account_rate_limit (id, state, expires_at) values (?, ?, ?)")
                .params(id, new byte[] {1}, expiresAt.toEpochMilli()).update();
        return id;
    }

    private String token(Instant expiresAt, Instant usedAt) {
        String hash = Tokens.hash(UUID.randomUUID().toString());
        jdbc.sql("insert into account_token (token_hash, member_id, purpose, expires_at, used_at) values (?, ?, ?, ?, ?)")
                .params(hash, member, "SIGN_IN", Timestamp.from(expiresAt), usedAt == null ? null : Timestamp.from(usedAt))
                .update();
        return hash;
    }

    private long event(UUID owner, Instant at) {
        return jdbc.sql("insert into account_security_event (member_id, kind, at) values (?, 'SIGN_IN_FAILED', ?) returning id")
                .params(owner, Timestamp.from(at)).query(Long.class).single();
    }

    private boolean exists(String table, String column, Object value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
                .query(Integer.class).single() > 0;
    }
}

package app.temple.account.internal;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use secrets sent by email. The database keeps only a hash, so a copy of it cannot be used to
 * sign in; a token works once and only until it expires.
 */
@Component
class Tokens {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)),
        PASSWORD_RESET(Duration.ofMinutes(30)),
        SIGN_IN(Duration.ofMinutes(10)), // ASVS 6.5.5: a code or link sent out of band works for ten minutes at most
        STAFF_INVITATION(Duration.ofDays(7)),
        EMAIL_CHANGE(Duration.ofHours(24));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    Tokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the member; the returned value goes into the link and is never stored. */
    String issue(UUID member, Purpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into account_token (token_hash, member_id, purpose, expires_at) values (?, ?, ?, ?)")
                .params(hash(token), member, purpose.name(), Timestamp.from(clock.instant().plus(purpose.lifetime)))
                .update();
        return token;
    }

    /** Uses the token up and returns its member, if it is valid for this purpose, unused and unexpired. */
    Optional<UUID> redeem(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        update account_token set used_at = ?
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                        returning member_id
                        """)
                .params(Timestamp.from(now), hash(token), purpose.name(), Timestamp.from(now))
                .query(UUID.class).optional();
    }

    /** Whether the token could be redeemed now, without using it (to show a form before the final step). */
    boolean isValid(String token, Purpose purpose) {
        if (token == null || token.length() > 100) {
            return false;
        }
        return jdbc.sql("""
                        select count(*) from account_token
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                        """)
                .params(hash(token), purpose.name(), Timestamp.from(clock.instant()))
                .query(Integer.class).single() > 0;
    }

    static String hash(String token) {
        return DigestUtils.sha256Hex(token);
    }
}

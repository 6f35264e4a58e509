package app.temple.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every sign-in failure and every change to an account's security, in the database (so a member can see
 * her own) and as a log line without personal data (the event kind only).
 */
@Component
class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger("temple.security");

    enum Kind {
        SIGN_UP, EMAIL_VERIFIED, SIGN_IN, SIGN_IN_FAILED, SIGN_IN_BLOCKED, SIGN_OUT, SIGN_IN_LINK_SENT,
        PASSWORD_RESET_SENT, PASSWORD_RESET, PASSWORD_CHANGED, TOTP_ENABLED, TOTP_DISABLED, TOTP_FAILED,
        RECOVERY_CODE_USED, RECOVERY_CODES_RENEWED, SESSION_ENDED, REAUTHENTICATED, PASSKEY_ADDED, PASSKEY_REMOVED,
        EMAIL_CHANGED, ROLE_GRANTED, ROLE_REVOKED, ACCOUNT_ERASED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param member the account concerned, or null when the attempt named no existing account */
    void record(UUID member, Kind kind) {
        record(member, kind, null);
    }

    /**
     * @param detail what changed, without personal data (e.g. the role granted or revoked); kept in the
     *               database beside the event, never written to the log
     */
    void record(UUID member, Kind kind, String detail) {
        Instant now = clock.instant();
        if (kind != Kind.ACCOUNT_ERASED) {
            jdbc.sql("insert into account_security_event (member_id, kind, at, detail) values (?, ?, ?, ?)")
                    .params(member, kind.name(), Timestamp.from(now), detail).update();
        }
        // the kind only: who it concerns is in the database, where she can see it and erasure can delete it
        log.info("security event {}", kind);
    }

    List<Event> of(UUID member) {
        return jdbc.sql("select kind, at from account_security_event where member_id = ? order by at desc limit 100")
                .param(member)
                .query((row, i) -> new Event(row.getString("kind"), row.getTimestamp("at").toInstant()))
                .list();
    }

    long count(UUID member, Kind kind) {
        return jdbc.sql("select count(*) from account_security_event where member_id is not distinct from ? and kind = ?")
                .params(member, kind.name()).query(Long.class).single();
    }

    record Event(String kind, Instant at) {
    }
}

package app.temple.account.internal;

import app.temple.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff roles invited but not yet accepted, each beside the token of its invitation (by its hash). */
@Repository
class PendingRoles {

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingRoles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(String tokenHash, UUID member, Role role) {
        jdbc.sql("insert into account_staff_invitation (token_hash, member_id, role, invited_at) values (?, ?, ?, ?)")
                .params(tokenHash, member, role.name(), Timestamp.from(clock.instant())).update();
    }

    /** The role the invitation with this token offered, removed now that it is being accepted. */
    Optional<Role> take(String tokenHash) {
        return jdbc.sql("delete from account_staff_invitation where token_hash = ? returning role")
                .param(tokenHash).query(String.class).optional().map(Role::valueOf);
    }

    /** An invitation as the staff page lists it: to whom, for which role, until when. */
    record Pending(UUID member, Role role, Instant expires) {
    }

    /** The invitations whose link still works (unused, unexpired). */
    List<Pending> open() {
        return jdbc.sql("""
                        select i.member_id, i.role, t.expires_at from account_staff_invitation i
                        join account_token t on t.token_hash = i.token_hash
                        where t.used_at is null and t.expires_at > ? order by i.invited_at
                        """)
                .param(Timestamp.from(clock.instant()))
                .query((row, i) -> new Pending(row.getObject("member_id", UUID.class), Role.valueOf(row.getString("role")),
                        row.getTimestamp("expires_at").toInstant()))
                .list();
    }

    boolean anyOpenFor(Role role) {
        return open().stream().anyMatch(pending -> pending.role() == role);
    }
}

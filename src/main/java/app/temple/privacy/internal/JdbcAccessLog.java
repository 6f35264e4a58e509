package app.temple.privacy.internal;

import app.temple.privacy.AccessEntry;
import app.temple.privacy.AccessLog;
import app.temple.privacy.AccessLogExport;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The access log in {@code privacy_access_log}, with what was read sealed for the owner. */
@Repository
class JdbcAccessLog implements AccessLog, SealedData {

    static final String WHAT = "privacy.access-log.what";

    private static final int RESEAL_PAGE = 500;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;

    JdbcAccessLog(JdbcClient jdbc, Vault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public void record(UUID owner, UUID actor, String actorRole, String actorName, String what) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(actor, "actor");
        Assert.hasText(actorRole, "actorRole must not be blank");
        Assert.hasText(actorName, "actorName must not be blank");
        Assert.hasText(what, "what must not be blank");
        if (owner.equals(actor)) {
            return;
        }
        // PostgreSQL keeps microseconds; truncating here makes what was recorded equal what is read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into privacy_access_log (owner_id, at, actor_id, actor_role, actor_name, what)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(owner, Timestamp.from(now), actor, actorRole, actorName, vault.sealText(owner, WHAT, what))
                .update();
    }

    @Override
    public List<AccessEntry> of(UUID owner) {
        return entries(owner, "desc");
    }

    @Override
    public AccessLogExport export(UUID owner) {
        return new AccessLogExport(owner, clock.instant(), entries(owner, "asc"));
    }

    @Override
    public void eraseAll(UUID owner) {
        jdbc.sql("delete from privacy_access_log where owner_id = ?").param(owner).update();
    }

    @Override
    public int reseal(Vault current) {
        int resealed = 0;
        long after = 0;
        List<SealedRow> page;
        do {
            page = jdbc.sql("select id, owner_id, what from privacy_access_log where id > ? order by id limit ?")
                    .params(after, RESEAL_PAGE)
                    .query((rs, row) -> new SealedRow(rs.getLong("id"), rs.getObject("owner_id", UUID.class), rs.getBytes("what")))
                    .list();
            for (SealedRow row : page) {
                if (!current.isCurrent(row.what())) {
                    // compare-and-set: a row erased or rewritten meanwhile is left as it is
                    resealed += jdbc.sql("update privacy_access_log set what = ? where id = ? and what = ?")
                            .params(current.reseal(row.owner(), WHAT, row.what()), row.id(), row.what())
                            .update();
                }
                after = row.id();
            }
        } while (page.size() == RESEAL_PAGE);
        return resealed;
    }

    private List<AccessEntry> entries(UUID owner, String order) {
        return jdbc.sql("""
                        select at, actor_id, actor_role, actor_name, what from privacy_access_log
                        where owner_id = ? order by at %1$s, id %1$s
                        """.formatted(order))
                .param(owner)
                .query((rs, row) -> entry(owner, rs))
                .list();
    }

    private AccessEntry entry(UUID owner, ResultSet rs) throws SQLException {
        return new AccessEntry(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_role"), rs.getString("actor_name"), vault.openText(owner, WHAT, rs.getBytes("what")));
    }

    private record SealedRow(long id, UUID owner, byte[] what) {
    }
}

package app.temple.billing.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.billing.AccessGrants;
import app.temple.billing.GrantIssued;
import app.temple.billing.GrantRevoked;
import app.temple.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.temple.site.ChangeFeed;
import app.temple.site.NodeCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Access grants: who may open which course, from when until when. Admins give and revoke them by hand; a purchase
 * will make the same kind of row. Each change publishes {@link GrantIssued} or {@link GrantRevoked} and is logged by
 * kind and grant id, never by who it is for.
 */
@Service
public class Grants implements AccessGrants, PersonalData {

    private static final Logger log = LoggerFactory.getLogger(Grants.class);
    private static final String COLUMNS = "id, member_id, course_slug, starts_at, ends_at, source, purchase_ref, "
            + "granted_by, created_at, revoked_at, revoked_by";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    static final String TOPIC = "grant";

    private final NodeCache<List<Standing>> standing;
    private final ChangeFeed feed;

    public Grants(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ChangeFeed feed) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.feed = feed;
        this.standing = feed.cache(TOPIC, Duration.ofMinutes(5), 20_000);
    }

    /** An unrevoked grant not yet ended: for one course (or every course, null), from when until when (null: no end). */
    private record Standing(String course, Instant startsAt, Instant endsAt) {
        boolean opens(String slug, Instant now) {
            return (course == null || course.equals(slug)) && !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
        }
    }

    /**
     * Whether an unrevoked grant for this course or every course has started and not ended. Her standing grants are
     * read once and kept on this node (every lesson page asks): a change here forgets them at once, and a change by
     * another instance through the change feed, from the trigger on {@code billing_grant}.
     */
    @Override
    public boolean holds(UUID member, String course) {
        if (member == null || course == null) {
            return false;
        }
        Instant now = clock.instant();
        return standing.get(member.toString(), () -> standingOf(member, now)).stream().anyMatch(grant -> grant.opens(course, now));
    }

    private List<Standing> standingOf(UUID member, Instant now) {
        return jdbc.sql("select course_slug, starts_at, ends_at from billing_grant "
                        + "where member_id = ? and revoked_at is null and (ends_at is null or ends_at > ?)")
                .params(member, Timestamp.from(now))
                .query((row, i) -> new Standing(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
                .list().stream().toList();
    }

    /** After a change to her grants made here: forgotten now and once it commits. */
    void changed(UUID member) {
        feed.changedHere(TOPIC, member.toString());
    }

    /**
     * An admin's grant.
     *
     * @param course a course's slug, or null for every course
     * @param endsAt null for no end; otherwise after {@code startsAt}
     */
    @Transactional
    public UUID grantByAdmin(UUID member, String course, Instant startsAt, Instant endsAt, UUID admin) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a grant ends after it starts");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into billing_grant (" + COLUMNS + ") values (?, ?, ?, ?, ?, 'admin', null, ?, ?, null, null)")
                .params(id, member, course, Timestamp.from(startsAt), endsAt == null ? null : Timestamp.from(endsAt),
                        admin, Timestamp.from(clock.instant()))
                .update();
        Grant grant = find(id).orElseThrow();
        changed(member);
        events.publishEvent(new GrantIssued(member, grant.scope()));
        log.info("billing grant issued: grant {}", id);
        return id;
    }

    /**
     * The grant a paid purchase holds, made once: the purchase reference is unique among grants, so a payment reported
     * twice, or after its grant was made another way, grants nothing more.
     *
     * @param course a course's slug, or null for every course
     * @param endsAt null for no end
     * @return whether a grant was made now
     */
    @Transactional
    public boolean grantForPurchase(UUID member, String course, Instant startsAt, Instant endsAt, String purchaseRef) {
        UUID id = UUID.randomUUID();
        int made = jdbc.sql("insert into billing_grant (" + COLUMNS + ") values (?, ?, ?, ?, ?, 'purchase', ?, null, ?, null, null) "
                        + "on conflict (purchase_ref) where purchase_ref is not null do nothing")
                .params(id, member, course, Timestamp.from(startsAt), endsAt == null ? null : Timestamp.from(endsAt),
                        purchaseRef, Timestamp.from(clock.instant()))
                .update();
        if (made == 1) {
            changed(member);
            events.publishEvent(new GrantIssued(member, course == null ? GrantIssued.ALL_COURSES : course));
            log.info("billing grant issued: grant {} for a purchase", id);
        }
        return made == 1;
    }

    /** Revokes the grant a purchase holds, if it still stands (a refund); revoked by nobody in particular. */
    @Transactional
    public boolean revokeForPurchase(String purchaseRef) {
        return jdbc.sql("select id from billing_grant where purchase_ref = ? and revoked_at is null").param(purchaseRef)
                .query(UUID.class).optional().map(id -> revoke(id, null)).orElse(false);
    }

    /** Revokes a grant that still stands; false when there is no such grant or it was revoked already. */
    @Transactional
    public boolean revoke(UUID id, UUID admin) {
        Optional<Grant> grant = jdbc.sql("update billing_grant set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null "
                        + "returning " + COLUMNS)
                .params(Timestamp.from(clock.instant()), admin, id).query(Grants::map).optional();
        grant.ifPresent(revoked -> {
            changed(revoked.member());
            events.publishEvent(new GrantRevoked(revoked.member(), revoked.scope()));
            log.info("billing grant revoked: grant {}", id);
        });
        return grant.isPresent();
    }

    public Optional<Grant> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from billing_grant where id = ?").param(id).query(Grants::map).optional();
    }

    /** The newest grants first, for the admin's list. */
    public List<Grant> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from billing_grant order by created_at desc, id limit ?")
                .param(limit).query(Grants::map).list();
    }

    public List<Grant> of(UUID member) {
        return jdbc.sql("select " + COLUMNS + " from billing_grant where member_id = ? order by created_at, id")
                .param(member).query(Grants::map).list();
    }

    /**
     * Her grants go with her. An erased admin's name goes from the grants she gave or revoked, which stay: the member
     * who holds one keeps her access, attributed to nobody.
     */
    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        UUID member = erasure.memberId();
        jdbc.sql("delete from billing_grant where member_id = ?").param(member).update();
        jdbc.sql("update billing_grant set granted_by = null where granted_by = ?").param(member).update();
        jdbc.sql("update billing_grant set revoked_by = null where revoked_by = ?").param(member).update();
        changed(member);
    }

    @Override
    public String section() {
        return "accessGrants";
    }

    /** Her grants as she would want to read them; which admin gave or revoked one is that admin's, not hers. */
    @Override
    public Object exportFor(UUID member) {
        return of(member).stream().map(grant -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scope", grant.scope());
            row.put("startsAt", grant.startsAt());
            row.put("endsAt", grant.endsAt());
            row.put("source", grant.source());
            row.put("purchase", grant.purchaseRef());
            row.put("createdAt", grant.createdAt());
            row.put("revokedAt", grant.revokedAt());
            return row;
        }).toList();
    }

    private static Grant map(ResultSet row, int i) throws SQLException {
        return new Grant(row.getObject("id", UUID.class), row.getObject("member_id", UUID.class), row.getString("course_slug"),
                Timestamps.instant(row, "starts_at"), Timestamps.instant(row, "ends_at"), row.getString("source"),
                row.getString("purchase_ref"), row.getObject("granted_by", UUID.class), Timestamps.instant(row, "created_at"),
                Timestamps.instant(row, "revoked_at"), row.getObject("revoked_by", UUID.class));
    }
}

package app.temple.billing.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Her memberships as the provider reports them, and the one rule that turns a membership into her grant's last
 * moment: the later of what she has paid until and, while a failed renewal is unpaid, its grace. Every change is a
 * single guarded update that only moves forward (paid-until only grows; one failed invoice is written about once),
 * so the provider's events give the same grant in whatever order and however often they arrive. Logged by
 * purchase reference's membership and change, never by who it is.
 */
@Service
public class Memberships implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(Memberships.class);
    private static final String COLUMNS = "purchase_ref, member_id, subscription, customer, paid_until, failed_invoice, "
            + "grace_until, ended_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Grants grants;

    Memberships(JdbcClient jdbc, Clock clock, Grants grants) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.grants = grants;
    }

    /** One membership as stored. */
    public record Membership(String purchaseRef, UUID member, String subscription, String customer, Instant paidUntil,
                             String failedInvoice, Instant graceUntil, Instant endedAt) {
    }

    /**
     * Makes (or completes) the membership a paid purchase holds: its subscription and her customer at the provider,
     * as the first report of them gives them; a later report never replaces one already known.
     */
    @Transactional
    public Membership remember(String purchaseRef, UUID member, String subscription, String customer) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into billing_membership (purchase_ref, member_id, subscription, customer, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (purchase_ref) do update set
                          subscription = coalesce(billing_membership.subscription, excluded.subscription),
                          customer = coalesce(billing_membership.customer, excluded.customer),
                          updated_at = case when billing_membership.customer is null and excluded.customer is not null
                                            then excluded.updated_at else billing_membership.updated_at end""")
                .params(purchaseRef, member, subscription, customer, now, now).update();
        return find(purchaseRef).orElseThrow();
    }

    public Optional<Membership> find(String purchaseRef) {
        return jdbc.sql("select " + COLUMNS + " from billing_membership where purchase_ref = ?").param(purchaseRef)
                .query(Memberships::map).optional();
    }

    public Optional<Membership> bySubscription(String subscription) {
        return jdbc.sql("select " + COLUMNS + " from billing_membership where subscription = ?").param(subscription)
                .query(Memberships::map).optional();
    }

    /** Her customer at the provider, from her newest membership that has one: whose portal she may open. */
    public Optional<String> customerOf(UUID member) {
        return jdbc.sql("select customer from billing_membership where member_id = ? and customer is not null "
                        + "order by created_at desc, purchase_ref limit 1")
                .param(member).query(String.class).optional();
    }

    /**
     * A period paid: paid-until grows to its end, and the grace of a failed renewal is over once that invoice, or a
     * later period, is paid (a late report of an older period leaves a newer grace as it is).
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean paid(String purchaseRef, String invoice, Instant periodEnd) {
        Timestamp end = Timestamp.from(periodEnd);
        int changed = jdbc.sql("""
                        update billing_membership set paid_until = greatest(paid_until, ?),
                          grace_until = case when failed_invoice = ? or paid_until is null or paid_until < ? then null
                                             else grace_until end,
                          updated_at = ?
                        where purchase_ref = ? and (paid_until is null or paid_until < ? or failed_invoice = ?)
                          and (grace_until is not null or paid_until is null or paid_until < ?)""")
                .params(end, invoice, end, Timestamp.from(clock.instant()), purchaseRef, end, invoice, end).update();
        if (changed == 0) {
            return false;
        }
        grantFollows(purchaseRef, "paid");
        return true;
    }

    /**
     * A renewal failed: unless that period is paid already (a late report), the membership ended, or this invoice was
     * written about before, she has until {@code graceUntil}. @return whether this is news (and worth one letter)
     */
    @Transactional
    public boolean renewalFailed(String purchaseRef, String invoice, Instant periodEnd, Instant graceUntil) {
        int changed = jdbc.sql("""
                        update billing_membership set failed_invoice = ?, grace_until = ?, updated_at = ?
                        where purchase_ref = ? and ended_at is null and failed_invoice is distinct from ?
                          and (paid_until is null or paid_until < ?)""")
                .params(invoice, Timestamp.from(graceUntil), Timestamp.from(clock.instant()), purchaseRef, invoice,
                        Timestamp.from(periodEnd))
                .update();
        if (changed == 0) {
            return false;
        }
        grantFollows(purchaseRef, "in grace");
        return true;
    }

    /**
     * She cancelled, or it ended, with a paid period running until {@code periodEnd}: access lasts until then, never
     * less than what she paid for, and never less than a grace she is in.
     */
    @Transactional
    public boolean endsWithPeriod(String purchaseRef, Instant periodEnd, boolean ended) {
        jdbc.sql("""
                        update billing_membership set paid_until = greatest(paid_until, ?),
                          ended_at = case when ? then coalesce(ended_at, ?) else ended_at end, updated_at = ?
                        where purchase_ref = ? and (ended_at is null or ?)""")
                .params(Timestamp.from(periodEnd), ended, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()),
                        purchaseRef, ended)
                .update();
        return grantFollows(purchaseRef, ended ? "ended" : "cancelled");
    }

    /** It ended unpaid after a failed renewal: access lasts to the grace's end (as given, or {@code graceUntil}). */
    @Transactional
    public boolean endsUnpaid(String purchaseRef, Instant graceUntil) {
        jdbc.sql("""
                        update billing_membership set grace_until = coalesce(grace_until, ?), ended_at = coalesce(ended_at, ?),
                          updated_at = ? where purchase_ref = ?""")
                .params(Timestamp.from(graceUntil), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), purchaseRef)
                .update();
        return grantFollows(purchaseRef, "ended unpaid");
    }

    /**
     * Its current period was refunded: the membership is over for Temple, at once and without grace, so that a
     * failed renewal afterwards writes her no letter. @return whether this is news
     */
    @Transactional
    public boolean endsRefunded(String purchaseRef) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("update billing_membership set ended_at = ?, grace_until = null, updated_at = ? "
                        + "where purchase_ref = ? and (ended_at is null or ended_at > ?)")
                .params(now, now, purchaseRef, now).update() == 1;
    }

    /**
     * Sets the purchase's grant to end when the membership says: the later of paid-until and grace. A revoked grant
     * (a refund) stays revoked; an end before the grant began is not one the provider can mean, and is left alone.
     */
    private boolean grantFollows(String purchaseRef, String why) {
        List<UUID> members = jdbc.sql("""
                        update billing_grant g set ends_at = greatest(m.paid_until, m.grace_until)
                        from billing_membership m
                        where m.purchase_ref = ? and g.purchase_ref = m.purchase_ref and g.revoked_at is null
                          and greatest(m.paid_until, m.grace_until) > g.starts_at
                          and g.ends_at is distinct from greatest(m.paid_until, m.grace_until)
                        returning g.member_id""")
                .param(purchaseRef).query(UUID.class).list();
        members.forEach(grants::changed);
        int changed = members.size();
        if (changed > 0) {
            log.info("billing membership {}: its grant follows", why);
        }
        return changed > 0;
    }

    /** Her memberships go with her; the purchases behind them stay for bookkeeping, without her. */
    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from billing_membership where member_id = ?").param(erasure.memberId()).update();
    }

    @Override
    public String section() {
        return "memberships";
    }

    @Override
    public Object exportFor(UUID member) {
        List<Membership> hers = jdbc.sql("select " + COLUMNS + " from billing_membership where member_id = ? order by created_at")
                .param(member).query(Memberships::map).list();
        return hers.stream().map(membership -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("purchase", membership.purchaseRef());
            row.put("providerCustomer", membership.customer());
            row.put("paidUntil", membership.paidUntil());
            row.put("graceUntil", membership.graceUntil());
            row.put("endedAt", membership.endedAt());
            return row;
        }).toList();
    }

    private static Membership map(ResultSet row, int i) throws SQLException {
        return new Membership(row.getString("purchase_ref"), row.getObject("member_id", UUID.class), row.getString("subscription"),
                row.getString("customer"), Timestamps.instant(row, "paid_until"), row.getString("failed_invoice"),
                Timestamps.instant(row, "grace_until"), Timestamps.instant(row, "ended_at"));
    }
}

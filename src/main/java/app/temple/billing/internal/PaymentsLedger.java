package app.temple.billing.internal;

import app.temple.billing.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every purchase, newest first, for the admin's list of payments: one query per page, keyset-paged on
 * (created_at, id) so that a page costs the same on the thousandth page as on the first (indexes in V108). It reads
 * what was bought, for how much and where it stands, never who bought it.
 */
@Service
public class PaymentsLedger {

    private static final String SELECT = """
            select p.id, p.state, p.currency, p.amount_minor, p.created_at, p.paid_at, p.refunded_at, p.refund_requested_at,
                   p.booking_id, d.id as product_id, d.kind, d.course_slug, d.practitioner, d.session_type, d.series_size,
                   d.billing_every, d.trial_days, d.active
            from billing_purchase p join billing_product d on d.id = p.product_id
            """;
    private static final String ORDER = " order by p.created_at desc, p.id desc limit ?";
    private static final String BEFORE = "(p.created_at, p.id) < (select created_at, id from billing_purchase where id = ?)";

    private final JdbcClient jdbc;

    PaymentsLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One purchase as the list shows it.
     *
     * @param booking         the booked session it pays for; null for a course, a membership or a series
     * @param refundRequested when Temple asked the provider to give the payment back; null if it has not
     */
    public record Entry(UUID id, Product product, Money amount, PurchaseState state, Instant createdAt, Instant paidAt,
                        Instant refundedAt, Instant refundRequested, UUID booking) {

        /** Whether a refund may still be asked for from the list: a session paid and not yet asked to be refunded. */
        public boolean refundable() {
            return booking != null && state == PurchaseState.PAID && refundRequested == null;
        }
    }

    /** A page of entries, and whether older ones follow. */
    public record Page(List<Entry> entries, boolean more) {

        /** The last entry's id, from which the next page starts; empty on the last page. */
        public Optional<UUID> next() {
            return more ? Optional.of(entries.getLast().id()) : Optional.empty();
        }
    }

    /**
     * Up to {@code size} entries older than {@code after} (or the newest, when null), of one state or of all.
     * An {@code after} that names no purchase gives an empty page.
     */
    public Page page(PurchaseState state, UUID after, int size) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        String joiner = " where ";
        if (state != null) {
            sql.append(joiner).append("p.state = ?");
            params.add(state.key());
            joiner = " and ";
        }
        if (after != null) {
            sql.append(joiner).append(BEFORE);
            params.add(after);
        }
        sql.append(ORDER);
        params.add(size + 1);
        List<Entry> found = jdbc.sql(sql.toString()).params(params).query(PaymentsLedger::map).list();
        return found.size() > size ? new Page(found.subList(0, size), true) : new Page(found, false);
    }

    private static Entry map(ResultSet row, int i) throws SQLException {
        Product product = new Product(row.getObject("product_id", UUID.class), ProductKind.of(row.getString("kind")).orElseThrow(),
                row.getString("course_slug"), row.getString("practitioner"), row.getString("session_type"),
                row.getObject("series_size", Integer.class), row.getString("billing_every"), row.getInt("trial_days"),
                row.getBoolean("active"), List.of());
        return new Entry(row.getObject("id", UUID.class), product, new Money(row.getString("currency"), row.getLong("amount_minor")),
                PurchaseState.of(row.getString("state")), Timestamps.instant(row, "created_at"), Timestamps.instant(row, "paid_at"),
                Timestamps.instant(row, "refunded_at"), Timestamps.instant(row, "refund_requested_at"),
                row.getObject("booking_id", UUID.class));
    }
}

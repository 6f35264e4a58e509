package app.temple.billing.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.billing.Money;
import app.temple.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Her purchases. One is opened when she starts a checkout; from then on only the provider's verified events move it
 * (see {@link PurchaseState}), each move a single guarded update, so a repeated or late event finds nothing to move.
 * Logged by purchase id and state, never by who bought what.
 */
@Service
public class Purchases implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(Purchases.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, reference, member_id, product_id, currency, amount_minor, state, "
            + "checkout_session, payment_intent, subscription, created_at, paid_at, refunded_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Purchases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new open purchase with a fresh opaque reference. */
    @Transactional
    public Purchase open(UUID member, UUID product, Money amount) {
        UUID id = UUID.randomUUID();
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("insert into billing_purchase (id, reference, member_id, product_id, currency, amount_minor, state, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, 'open', ?)")
                .params(id, reference, member, product, amount.currency(), amount.amountMinor(), Timestamp.from(clock.instant()))
                .update();
        log.info("billing purchase opened: purchase {}", id);
        return find(reference).orElseThrow();
    }

    /** Remembers the provider's checkout session made for an open purchase. */
    @Transactional
    public void checkoutStarted(UUID purchase, String checkoutSession) {
        jdbc.sql("update billing_purchase set checkout_session = ? where id = ?").params(checkoutSession, purchase).update();
    }

    /** Drops a purchase whose checkout the provider refused to make: nothing was ever asked of her. */
    @Transactional
    public void abandon(UUID purchase) {
        jdbc.sql("delete from billing_purchase where id = ? and state = 'open' and checkout_session is null").param(purchase).update();
    }

    /**
     * Paid: from open, or from expired when the provider's report of a late payment arrives after the expiry.
     *
     * @return the purchase as paid now; empty when it was paid or refunded already, or is unknown
     */
    @Transactional
    public Optional<Purchase> paid(String reference, String paymentIntent, String subscription) {
        return jdbc.sql("update billing_purchase set state = 'paid', paid_at = ?, payment_intent = coalesce(?, payment_intent), "
                        + "subscription = coalesce(?, subscription) where reference = ? and state in ('open', 'expired') "
                        + "returning " + COLUMNS)
                .params(Timestamp.from(clock.instant()), paymentIntent, subscription, reference).query(Purchases::map).optional();
    }

    /** Expired: only from open, so a late expiry never undoes a payment. */
    @Transactional
    public boolean expired(String reference) {
        return jdbc.sql("update billing_purchase set state = 'expired' where reference = ? and state = 'open'")
                .param(reference).update() == 1;
    }

    /** Refunded: only from paid. @return the purchase as refunded now; empty when there is none to refund */
    @Transactional
    public Optional<Purchase> refunded(String paymentIntent) {
        return jdbc.sql("update billing_purchase set state = 'refunded', refunded_at = ? where payment_intent = ? and state = 'paid' "
                        + "returning " + COLUMNS)
                .params(Timestamp.from(clock.instant()), paymentIntent).query(Purchases::map).optional();
    }

    /**
     * Refunded by its reference: a membership's, whose payments are its invoices' rather than its checkout's. Only
     * from paid. @return the purchase as refunded now; empty when there is none to refund
     */
    @Transactional
    public Optional<Purchase> refundedByReference(String reference) {
        return jdbc.sql("update billing_purchase set state = 'refunded', refunded_at = ? where reference = ? and state = 'paid' "
                        + "returning " + COLUMNS)
                .params(Timestamp.from(clock.instant()), reference).query(Purchases::map).optional();
    }

    /** Whether any purchase, in whatever state, was paid with this payment. */
    public boolean knowsPayment(String paymentIntent) {
        return jdbc.sql("select exists (select 1 from billing_purchase where payment_intent = ?)").param(paymentIntent)
                .query(Boolean.class).single();
    }

    public Optional<Purchase> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from billing_purchase where reference = ?").param(reference)
                .query(Purchases::map).optional();
    }

    /** Her purchases, newest first. */
    public List<Purchase> of(UUID member) {
        return jdbc.sql("select " + COLUMNS + " from billing_purchase where member_id = ? order by created_at desc, id")
                .param(member).query(Purchases::map).list();
    }

    /**
     * Her checkouts that never became a payment go with her. Payments and refunds are kept for the operator's
     * bookkeeping (the law asks for years), without her id: amount, currency, dates, product and the provider's ids.
     */
    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        UUID member = erasure.memberId();
        jdbc.sql("delete from billing_purchase where member_id = ? and state in ('open', 'expired')").param(member).update();
        jdbc.sql("update billing_purchase set member_id = null where member_id = ?").param(member).update();
    }

    @Override
    public String section() {
        return "purchases";
    }

    @Override
    public Object exportFor(UUID member) {
        return of(member).stream().map(purchase -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", purchase.reference());
            row.put("product", purchase.product());
            row.put("currency", purchase.amount().currency());
            row.put("amountMinor", purchase.amount().amountMinor());
            row.put("state", purchase.state().key());
            row.put("startedAt", purchase.createdAt());
            row.put("paidAt", purchase.paidAt());
            row.put("refundedAt", purchase.refundedAt());
            return row;
        }).toList();
    }

    private static Purchase map(ResultSet row, int i) throws SQLException {
        return new Purchase(row.getObject("id", UUID.class), row.getString("reference"), row.getObject("member_id", UUID.class),
                row.getObject("product_id", UUID.class), new Money(row.getString("currency"), row.getLong("amount_minor")),
                PurchaseState.of(row.getString("state")), row.getString("checkout_session"), row.getString("payment_intent"),
                row.getString("subscription"), Timestamps.instant(row, "created_at"), Timestamps.instant(row, "paid_at"),
                Timestamps.instant(row, "refunded_at"));
    }
}

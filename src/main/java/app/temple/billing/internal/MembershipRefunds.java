package app.temple.billing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import static app.temple.billing.internal.ProviderEvents.text;

/**
 * Refunds of a membership's payments, matched to the membership through its invoices. The rule:
 * <ul>
 *     <li>a full refund of the period she is in (one that has not ended when the refund is reported) ends her access
 *     at once: the membership purchase is refunded, its grant revoked and the membership ended, so that nothing the
 *     provider reports about the subscription later gives the access back; the operator cancels the subscription at
 *     the provider with the refund, as its dashboard offers;</li>
 *     <li>a full refund of a period already over is recorded against that invoice and changes nothing else: she had
 *     that period, and what she has paid since still holds;</li>
 *     <li>a partial refund changes nothing, as for a course (it is the operator's gesture).</li>
 * </ul>
 * Idempotent and in any order: an invoice is refunded once (a guarded update), and a refund whose invoice or period
 * is not known yet is {@link ProviderEvents.NotYetKnown}, so the provider delivers it again after what it waits for.
 * Called by {@link ProviderEvents} inside its transaction, once per event id.
 */
@Component
class MembershipRefunds {

    private static final Logger log = LoggerFactory.getLogger(MembershipRefunds.class);
    /** The shape of Temple's purchase references, as billing_purchase checks it. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final JdbcClient jdbc;
    private final Purchases purchases;
    private final Memberships memberships;
    private final Grants grants;
    private final Clock clock;

    MembershipRefunds(JdbcClient jdbc, Purchases purchases, Memberships memberships, Grants grants, Clock clock) {
        this.jdbc = jdbc;
        this.purchases = purchases;
        this.memberships = memberships;
        this.grants = grants;
        this.clock = clock;
    }

    /** An invoice of a subscription was paid: remember its period and whose it is (and its payment, where given). */
    void invoicePaid(JsonNode invoice) {
        String id = text(invoice, "id");
        String reference = ownReference(MembershipEvents.invoiceReference(invoice));
        String subscription = MembershipEvents.invoiceSubscription(invoice);
        if (id == null || (reference == null && subscription == null)) {
            return;
        }
        MembershipEvents.Period period = MembershipEvents.period(invoice);
        // older API versions name the payment on the invoice itself; the current one in invoice_payment.paid
        remember(id, reference, subscription, period, text(invoice, "payment_intent"), text(invoice, "charge"));
    }

    /** The provider's record that a payment paid an invoice ({@code invoice_payment.paid}): remember which. */
    ProviderEvents.Handled paymentAttached(JsonNode invoicePayment) {
        String invoice = text(invoicePayment, "invoice");
        JsonNode payment = invoicePayment.path("payment");
        String paymentIntent = text(payment, "payment_intent");
        String charge = text(payment, "charge");
        if (invoice == null || (paymentIntent == null && charge == null)) {
            return ProviderEvents.Handled.NOTHING_TO_DO;
        }
        remember(invoice, null, null, null, paymentIntent, charge);
        return ProviderEvents.Handled.APPLIED;
    }

    /**
     * A fully refunded charge, if it paid a membership's invoice; empty when no invoice Temple knows was paid by it.
     *
     * @throws ProviderEvents.NotYetKnown when the invoice is known but not yet its period or its membership
     */
    Optional<ProviderEvents.Handled> refunded(JsonNode charge) {
        Optional<Invoice> found = invoiceOf(text(charge, "invoice"), text(charge, "payment_intent"), text(charge, "id"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = found.get();
        String reference = invoice.purchaseRef() != null ? invoice.purchaseRef()
                : invoice.subscription() == null ? null
                : memberships.bySubscription(invoice.subscription()).map(Memberships.Membership::purchaseRef).orElse(null);
        if (invoice.periodEnd() == null || reference == null) {
            throw new ProviderEvents.NotYetKnown("a refund of a membership invoice whose period is not yet reported");
        }
        if (purchases.find(reference).isEmpty()) {
            return Optional.of(ProviderEvents.Handled.NOTHING_TO_DO);
        }
        Instant now = clock.instant();
        if (jdbc.sql("update billing_membership_invoice set refunded_at = ? where invoice = ? and refunded_at is null")
                .params(Timestamp.from(now), invoice.id()).update() == 0) {
            return Optional.of(ProviderEvents.Handled.NOTHING_TO_DO);
        }
        if (invoice.periodEnd().isAfter(now)) {
            purchases.refundedByReference(reference);
            grants.revokeForPurchase(reference);
            memberships.endsRefunded(reference);
            log.info("billing membership refunded in its current period: its access ends");
        } else {
            log.info("billing membership refunded for a period already over: recorded");
        }
        return Optional.of(ProviderEvents.Handled.APPLIED);
    }

    /**
     * A reference of the shape Temple gives (anything else, such as another system's metadata on the same provider
     * account, cannot name a purchase here, and would not fit the column): itself, or null.
     */
    private static String ownReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
    }

    /** One remembered invoice. */
    private record Invoice(String id, String purchaseRef, String subscription, Instant periodEnd) {
    }

    private Optional<Invoice> invoiceOf(String invoice, String paymentIntent, String charge) {
        return jdbc.sql("""
                        select invoice, purchase_ref, subscription, period_end from billing_membership_invoice
                        where invoice = ? or payment_intent = ? or charge = ? order by created_at limit 1""")
                .params(invoice, paymentIntent, charge)
                .query((row, i) -> new Invoice(row.getString("invoice"), row.getString("purchase_ref"),
                        row.getString("subscription"), Timestamps.instant(row, "period_end")))
                .optional();
    }

    /** Fills in what this report knows of an invoice; what another report filled in before stays. */
    private void remember(String invoice, String reference, String subscription, MembershipEvents.Period period,
                          String paymentIntent, String charge) {
        jdbc.sql("""
                        insert into billing_membership_invoice (invoice, purchase_ref, subscription, period_start, period_end,
                          payment_intent, charge, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (invoice) do update set
                          purchase_ref = coalesce(billing_membership_invoice.purchase_ref, excluded.purchase_ref),
                          subscription = coalesce(billing_membership_invoice.subscription, excluded.subscription),
                          period_start = coalesce(billing_membership_invoice.period_start, excluded.period_start),
                          period_end = coalesce(billing_membership_invoice.period_end, excluded.period_end),
                          payment_intent = coalesce(billing_membership_invoice.payment_intent, excluded.payment_intent),
                          charge = coalesce(billing_membership_invoice.charge, excluded.charge)""")
                .params(invoice, reference, subscription, period == null ? null : Timestamp.from(period.start()),
                        period == null ? null : Timestamp.from(period.end()), paymentIntent, charge,
                        Timestamp.from(clock.instant()))
                .update();
    }
}

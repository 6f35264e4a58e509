package app.temple.billing.internal;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The provider's events, as its webhook delivers them. Each is believed only with a valid signature over its exact
 * bytes (and a recent timestamp), and applied at most once: its id is stored in the same transaction as what it
 * changes, so the same event delivered again changes nothing. Order does not matter either: every change is a
 * guarded move of the purchase's {@link PurchaseState}, and the grant a payment makes is unique per purchase. A refund
 * of a payment not yet reported is refused for now (the provider delivers it again later) rather than lost.
 */
@Service
public class ProviderEvents {

    private static final Logger log = LoggerFactory.getLogger(ProviderEvents.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_FIELD = 255;

    private final PaymentSettings settings;
    private final Purchases purchases;
    private final Products products;
    private final Grants grants;
    private final MembershipEvents memberships;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionPaymentReports sessionReports;
    private final SeriesCredits series;
    private final MembershipRefunds membershipRefunds;

    ProviderEvents(PaymentSettings settings, Purchases purchases, Products products, Grants grants,
                   MembershipEvents memberships, JdbcClient jdbc, Clock clock, SessionPaymentReports sessionReports,
                   SeriesCredits series, MembershipRefunds membershipRefunds) {
        this.sessionReports = sessionReports;
        this.series = series;
        this.membershipRefunds = membershipRefunds;
        this.settings = settings;
        this.purchases = purchases;
        this.products = products;
        this.grants = grants;
        this.memberships = memberships;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What became of a delivered event. */
    public enum Handled {
        /** It changed a purchase (and a grant). */
        APPLIED,
        /** Seen before: nothing changed. */
        ALREADY_SEEN,
        /** Verified and recorded, but nothing to change (an event of no concern, or one that came too late). */
        NOTHING_TO_DO
    }

    /** A delivery that did not come from the provider: no or a wrong signature, an old timestamp, or no JSON. */
    public static class NotFromProvider extends RuntimeException {
        NotFromProvider(String reason) {
            super(reason);
        }
    }

    /** An event about a payment Temple has not heard of yet: refused, so the provider delivers it again later. */
    public static class NotYetKnown extends RuntimeException {
        NotYetKnown(String reason) {
            super(reason);
        }
    }

    public boolean listening() {
        return settings.configured();
    }

    /** A delivered event whose signature held: its id, its type and the object it is about. */
    record Event(String id, String type, JsonNode object) {
    }

    @Transactional
    public Handled receive(String payload, String signature) {
        Event event = event(payload, signature);
        String id = event.id();
        String type = event.type();
        boolean fresh = jdbc.sql("insert into billing_provider_event (event_id, type, received_at) values (?, ?, ?) "
                        + "on conflict (event_id) do nothing")
                .params(id, type, Timestamp.from(clock.instant())).update() == 1;
        if (!fresh) {
            log.info("billing provider event seen before: {} {}", type, id);
            return Handled.ALREADY_SEEN;
        }
        JsonNode object = event.object();
        Handled handled = switch (type) {
            case "checkout.session.completed" -> completed(object);
            case "checkout.session.async_payment_succeeded" -> paid(object);
            case "checkout.session.expired" -> expired(text(object, "client_reference_id"));
            case "charge.refunded" -> refunded(object);
            case "invoice.paid" -> {
                membershipRefunds.invoicePaid(object);
                yield memberships.invoicePaid(object);
            }
            case "invoice_payment.paid" -> membershipRefunds.paymentAttached(object);
            case "invoice.payment_failed" -> memberships.invoiceFailed(object);
            case "customer.subscription.updated" -> memberships.subscriptionUpdated(object);
            case "customer.subscription.deleted" -> memberships.subscriptionDeleted(object);
            default -> Handled.NOTHING_TO_DO;
        };
        log.info("billing provider event {}: {} {}", handled.name().toLowerCase(java.util.Locale.ROOT), type, id);
        return handled;
    }

    /** A card payment is paid when the checkout completes; a slower method reports later, asynchronously. */
    private Handled completed(JsonNode session) {
        String status = text(session, "payment_status");
        return "paid".equals(status) || "no_payment_required".equals(status) ? paid(session) : Handled.NOTHING_TO_DO;
    }

    private Handled paid(JsonNode session) {
        String reference = text(session, "client_reference_id");
        Optional<Purchase> paid = reference == null ? Optional.empty()
                : purchases.paid(reference, text(session, "payment_intent"), text(session, "subscription"));
        if (paid.isEmpty()) {
            return Handled.NOTHING_TO_DO;
        }
        Purchase purchase = paid.get();
        if (sessionReports.forSession(purchase)) {
            sessionReports.paid(purchase);
            return Handled.APPLIED;
        }
        Product product = products.find(purchase.product()).orElseThrow();
        if (product.kind() == ProductKind.SERIES) {
            // a series opens no course: it grants her its sessions as credits
            series.grant(purchase, product);
            return Handled.APPLIED;
        }
        if (purchase.member() != null) {
            grants.grantForPurchase(purchase.member(), product.grantedCourse(), purchase.paidAt(),
                    product.accessUntil(purchase.paidAt()), purchase.reference());
        }
        memberships.checkoutPaid(purchase, text(session, "customer"));
        return Handled.APPLIED;
    }

    /** An unpaid checkout lapsed; a held session's time is released with it. */
    private Handled expired(String reference) {
        if (!purchases.expired(reference)) {
            return Handled.NOTHING_TO_DO;
        }
        sessionReports.expired(reference);
        return Handled.APPLIED;
    }

    /**
     * Only a full refund takes access back; a partial one is the operator's gesture and leaves it. A charge that paid
     * no purchase directly may have paid a membership's invoice ({@link MembershipRefunds} has the rule for those).
     */
    private Handled refunded(JsonNode charge) {
        String paymentIntent = text(charge, "payment_intent");
        if (!charge.path("refunded").asBoolean(false)) {
            return Handled.NOTHING_TO_DO;
        }
        if (paymentIntent != null) {
            Optional<Purchase> refunded = purchases.refunded(paymentIntent);
            if (refunded.isPresent()) {
                grants.revokeForPurchase(refunded.get().reference());
                series.revoke(refunded.get().reference());
                return Handled.APPLIED;
            }
            if (purchases.knowsPayment(paymentIntent)) {
                return Handled.NOTHING_TO_DO;
            }
        }
        Optional<Handled> membership = membershipRefunds.refunded(charge);
        if (membership.isPresent()) {
            return membership.get();
        }
        if (paymentIntent == null) {
            return Handled.NOTHING_TO_DO;
        }
        throw new NotYetKnown("a refund of a payment not yet reported");
    }

    /**
     * The event a delivery carries, read only once its signature is checked; {@link NotFromProvider} for anything not
     * signed with this webhook's secret in the last minutes, or signed but without an id and a type.
     */
    Event event(String payload, String signature) {
        JsonNode event = verified(payload, signature);
        String id = text(event, "id");
        String type = text(event, "type");
        if (id == null || id.isBlank() || type == null) {
            throw new NotFromProvider("an event without an id or a type");
        }
        return new Event(id, type, event.path("data").path("object"));
    }

    private JsonNode verified(String payload, String signature) {
        if (!settings.configured()) {
            throw new NotFromProvider("no provider is set up");
        }
        if (payload == null || signature == null || signature.isBlank()) {
            throw new NotFromProvider("no signature");
        }
        try {
            // the signature only: the provider library's own reading of the event failed on a signed "null" (a 500)
            Webhook.Signature.verifyHeader(payload, signature, settings.webhookSecret(), Webhook.DEFAULT_TOLERANCE);
        } catch (SignatureVerificationException wrong) {
            throw new NotFromProvider("a wrong or old signature");
        } catch (NumberFormatException badTimestamp) {
            // the library reads t= with Long.parseLong and lets "t=abc" through as this (found by WebhookFuzzTest)
            throw new NotFromProvider("a signature without a readable time");
        }
        try {
            return JSON.readTree(payload);
        } catch (JacksonException notJson) {
            throw new NotFromProvider("no JSON");
        }
    }

    /**
     * A short text field, or null: the provider's ids and types are short and printable, and anything else (a control
     * character, which PostgreSQL's text cannot even hold) is treated as absent rather than stored.
     */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            return null;
        }
        String text = value.stringValue();
        return text.length() <= LONGEST_FIELD && text.chars().noneMatch(Character::isISOControl) ? text : null;
    }
}

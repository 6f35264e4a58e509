package app.temple.billing.internal;

import app.temple.account.Accounts;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.site.PublicAddress;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static app.temple.billing.internal.ProviderEvents.text;

/**
 * The provider's events about a membership after its checkout: renewals paid ({@code invoice.paid}), renewals failed
 * ({@code invoice.payment_failed}), a cancellation at the period's end ({@code customer.subscription.updated}) and
 * the subscription's end ({@code customer.subscription.deleted}). Each names the purchase by the opaque reference
 * Temple gave the subscription at checkout (its metadata), or by the subscription's id once known. An event about a
 * membership whose checkout has not been reported yet is refused for now, so the provider delivers it again later.
 * Called by {@link ProviderEvents} inside its transaction, once per event id.
 */
@Component
class MembershipEvents {

    /** Where her account's purchases are, which her letter links to and the portal brings her back to. */
    static final String ACCOUNT_PATH = "/account/purchases";

    private final Memberships memberships;
    private final Purchases purchases;
    private final MembershipSettings settings;
    private final Accounts accounts;
    private final Mail mail;
    private final PublicAddress address;
    private final Clock clock;

    MembershipEvents(Memberships memberships, Purchases purchases, MembershipSettings settings, Accounts accounts, Mail mail,
                     PublicAddress address, Clock clock) {
        this.memberships = memberships;
        this.purchases = purchases;
        this.settings = settings;
        this.accounts = accounts;
        this.mail = mail;
        this.address = address;
        this.clock = clock;
    }

    /** The checkout of a membership was paid (or its free days began): remember her customer at the provider. */
    void checkoutPaid(Purchase purchase, String customer) {
        if (purchase.member() != null && purchase.subscription() != null) {
            memberships.remember(purchase.reference(), purchase.member(), purchase.subscription(), customer);
        }
    }

    ProviderEvents.Handled invoicePaid(JsonNode invoice) {
        String reason = text(invoice, "billing_reason");
        if (reason == null || !reason.startsWith("subscription")) {
            return ProviderEvents.Handled.NOTHING_TO_DO;
        }
        return renewal(invoice).map(paid -> handled(memberships.paid(paid.membership().purchaseRef(), paid.invoice(),
                paid.period().end()))).orElse(ProviderEvents.Handled.NOTHING_TO_DO);
    }

    ProviderEvents.Handled invoiceFailed(JsonNode invoice) {
        Optional<Renewal> failed = renewal(invoice);
        if (failed.isEmpty()) {
            return ProviderEvents.Handled.NOTHING_TO_DO;
        }
        Renewal renewal = failed.get();
        Instant graceUntil = renewal.period().start().plus(Duration.ofDays(settings.graceDays()));
        if (!memberships.renewalFailed(renewal.membership().purchaseRef(), renewal.invoice(), renewal.period().end(), graceUntil)) {
            return ProviderEvents.Handled.NOTHING_TO_DO;
        }
        writeToHer(renewal.membership());
        return ProviderEvents.Handled.APPLIED;
    }

    /** A renewal invoice: whose membership, which invoice, which period. */
    private record Renewal(Memberships.Membership membership, String invoice, Period period) {
    }

    private Optional<Renewal> renewal(JsonNode invoice) {
        String id = text(invoice, "id");
        Period period = period(invoice);
        if (id == null || period == null) {
            return Optional.empty();
        }
        return membership(invoiceReference(invoice), invoiceSubscription(invoice), text(invoice, "customer"))
                .map(membership -> new Renewal(membership, id, period));
    }

    ProviderEvents.Handled subscriptionUpdated(JsonNode subscription) {
        boolean cancelling = subscription.path("cancel_at_period_end").asBoolean(false);
        Instant periodEnd = periodField(subscription, "current_period_end");
        if (!cancelling || periodEnd == null) {
            return ProviderEvents.Handled.NOTHING_TO_DO;
        }
        return membership(text(subscription.path("metadata"), "reference"), text(subscription, "id"), text(subscription, "customer"))
                .map(hers -> handled(memberships.endsWithPeriod(hers.purchaseRef(), periodEnd, false)))
                .orElse(ProviderEvents.Handled.NOTHING_TO_DO);
    }

    ProviderEvents.Handled subscriptionDeleted(JsonNode subscription) {
        Optional<Memberships.Membership> membership = membership(text(subscription.path("metadata"), "reference"),
                text(subscription, "id"), text(subscription, "customer"));
        if (membership.isEmpty()) {
            return ProviderEvents.Handled.NOTHING_TO_DO;
        }
        Memberships.Membership hers = membership.get();
        boolean unpaid = "unpaid".equals(text(subscription, "status"))
                || "payment_failed".equals(text(subscription.path("cancellation_details"), "reason"))
                || hers.graceUntil() != null;
        if (unpaid) {
            Instant periodStart = Optional.ofNullable(periodField(subscription, "current_period_start")).orElse(clock.instant());
            return handled(memberships.endsUnpaid(hers.purchaseRef(), periodStart.plus(Duration.ofDays(settings.graceDays()))));
        }
        Instant periodEnd = periodField(subscription, "current_period_end");
        return periodEnd == null ? ProviderEvents.Handled.NOTHING_TO_DO
                : handled(memberships.endsWithPeriod(hers.purchaseRef(), periodEnd, true));
    }

    /**
     * The membership an event is about, made from its paid purchase if this is the first event that names it. None
     * for a reference or subscription that is not Temple's, or a purchase refunded; a purchase whose payment is not
     * reported yet is {@link ProviderEvents.NotYetKnown}.
     */
    private Optional<Memberships.Membership> membership(String reference, String subscription, String customer) {
        if (reference != null) {
            Optional<Memberships.Membership> known = memberships.find(reference);
            if (known.isPresent()) {
                return known;
            }
            Optional<Purchase> purchase = purchases.find(reference);
            if (purchase.isPresent()) {
                return fromPurchase(purchase.get(), subscription, customer);
            }
        }
        return subscription == null ? Optional.empty() : memberships.bySubscription(subscription);
    }

    private Optional<Memberships.Membership> fromPurchase(Purchase purchase, String subscription, String customer) {
        return switch (purchase.state()) {
            case OPEN, EXPIRED -> throw new ProviderEvents.NotYetKnown("a membership whose checkout is not yet reported");
            case REFUNDED -> Optional.empty();
            case PAID -> purchase.member() == null ? Optional.empty()
                    : Optional.of(memberships.remember(purchase.reference(), purchase.member(),
                    purchase.subscription() != null ? purchase.subscription() : subscription, customer));
        };
    }

    /** One discreet letter (privacy rule 7), in her language, asking her to update how she pays. */
    private void writeToHer(Memberships.Membership membership) {
        accounts.profile(membership.member()).ifPresent(her -> mail.send(new Letter(her.email(),
                Locale.of(her.language() == null ? "en" : her.language()), LetterKind.PAYMENT_METHOD,
                Map.of("link", address.of(ACCOUNT_PATH), "days", Integer.toString(settings.graceDays())))
                .about(membership.member())));
    }

    /** The renewal's period: the invoice line that reaches furthest. */
    static Period period(JsonNode invoice) {
        Period furthest = null;
        for (JsonNode line : invoice.path("lines").path("data")) {
            Instant start = seconds(line.path("period").path("start"));
            Instant end = seconds(line.path("period").path("end"));
            if (start != null && end != null && end.isAfter(start) && (furthest == null || end.isAfter(furthest.end()))) {
                furthest = new Period(start, end);
            }
        }
        return furthest;
    }

    record Period(Instant start, Instant end) {
    }

    /** The reference Temple gave the subscription, as the invoice repeats it (newer and older API versions). */
    static String invoiceReference(JsonNode invoice) {
        String newer = text(invoice.path("parent").path("subscription_details").path("metadata"), "reference");
        return newer != null ? newer : text(invoice.path("subscription_details").path("metadata"), "reference");
    }

    static String invoiceSubscription(JsonNode invoice) {
        String newer = text(invoice.path("parent").path("subscription_details"), "subscription");
        return newer != null ? newer : text(invoice, "subscription");
    }

    /** A period field of a subscription: on the subscription itself (older API versions) or on its first item. */
    private static Instant periodField(JsonNode subscription, String field) {
        Instant onSubscription = seconds(subscription.path(field));
        return onSubscription != null ? onSubscription
                : seconds(subscription.path("items").path("data").path(0).path(field));
    }

    /** Unix seconds as the provider writes them; anything else, or a time outside reason, is absent. */
    private static Instant seconds(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            return null;
        }
        long seconds = value.asLong();
        return seconds > 0 && seconds < 32_503_680_000L ? Instant.ofEpochSecond(seconds) : null;
    }

    private static ProviderEvents.Handled handled(boolean changed) {
        return changed ? ProviderEvents.Handled.APPLIED : ProviderEvents.Handled.NOTHING_TO_DO;
    }
}

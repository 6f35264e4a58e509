package app.temple.billing.internal;

import app.temple.billing.Money;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Checkout Sessions through stripe-java, against the configured API base. What the provider is told is deliberately
 * little: the opaque purchase reference, an amount, the operator's neutral wording as the only name of what is
 * bought (never a course or a session's name), and her email only where the operator allows it.
 */
@Component
class StripeCheckout implements HostedCheckout {

    private final PaymentSettings settings;
    private final ProviderClient client;

    StripeCheckout(PaymentSettings settings, ProviderClient client) {
        this.settings = settings;
        this.client = client;
    }

    @Override
    public Page start(Purchase purchase, Product product, Money charged, String email, String language, String returnBase) {
        return start(purchase, product, charged, email, language, returnBase, null);
    }

    @Override
    public Page start(Purchase purchase, Product product, Money charged, String email, String language, String returnBase,
                      java.time.Instant expiresAt) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setClientReferenceId(purchase.reference())
                .putMetadata("reference", purchase.reference())
                .setSuccessUrl(returnBase + "?purchase=" + purchase.reference())
                .setCancelUrl(returnBase + "?purchase=" + purchase.reference() + "&left")
                .setLocale("sv".equals(language) ? SessionCreateParams.Locale.SV : SessionCreateParams.Locale.EN)
                .addLineItem(lineItem(product, charged));
        if (email != null) {
            params.setCustomerEmail(email);
        }
        if (expiresAt != null) {
            params.setExpiresAt(expiresAt.getEpochSecond());
        }
        if (product.kind() == ProductKind.MEMBERSHIP) {
            SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
                    .putMetadata("reference", purchase.reference());
            if (product.trialDays() > 0) {
                subscription.setTrialPeriodDays((long) product.trialDays());
            }
            params.setMode(SessionCreateParams.Mode.SUBSCRIPTION).setSubscriptionData(subscription.build());
        } else {
            params.setMode(SessionCreateParams.Mode.PAYMENT).setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                    .putMetadata("reference", purchase.reference())
                    .setDescription(settings.receiptWording())
                    .setStatementDescriptorSuffix(descriptorSuffix())
                    .build());
        }
        try {
            Session session = client.get().v1().checkout().sessions().create(params.build());
            return new Page(session.getId(), session.getUrl());
        } catch (StripeException | RuntimeException failed) {
            throw new ProviderUnavailable("the provider made no checkout session", failed);
        }
    }

    private SessionCreateParams.LineItem lineItem(Product product, Money charged) {
        SessionCreateParams.LineItem.PriceData.Builder price = SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency(charged.currency().toLowerCase(Locale.ROOT))
                .setUnitAmount(charged.amountMinor())
                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName(settings.receiptWording()).build());
        if (product.kind() == ProductKind.MEMBERSHIP) {
            price.setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                    .setInterval("year".equals(product.every()) ? SessionCreateParams.LineItem.PriceData.Recurring.Interval.YEAR
                            : SessionCreateParams.LineItem.PriceData.Recurring.Interval.MONTH)
                    .build());
        }
        return SessionCreateParams.LineItem.builder().setQuantity(1L).setPriceData(price.build()).build();
    }

    /**
     * The card statement's suffix: letters, digits, spaces, dots and dashes only (the provider refuses others), at
     * most 22 characters and never empty.
     */
    String descriptorSuffix() {
        String cleaned = settings.statementDescriptor().replaceAll("[^A-Za-z0-9 .-]", "").strip();
        cleaned = cleaned.length() > 22 ? cleaned.substring(0, 22).strip() : cleaned;
        return cleaned.chars().anyMatch(Character::isLetter) ? cleaned : "SERVICES";
    }
}

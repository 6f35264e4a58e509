package app.temple.billing.internal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import org.springframework.stereotype.Component;

/**
 * Refunds through stripe-java, against the configured API base. The purchase's opaque reference makes the idempotency
 * key, so a refund asked for twice (a retried request, a repeated report) gives the money back once.
 */
@Component
class StripeRefunds implements ProviderRefunds {

    private final PaymentSettings settings;
    private volatile StripeClient client;

    StripeRefunds(PaymentSettings settings) {
        this.settings = settings;
    }

    @Override
    public void refund(Purchase purchase) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(purchase.paymentIntent())
                .putMetadata("reference", purchase.reference()).build();
        try {
            client().v1().refunds().create(params, RequestOptions.builder().setIdempotencyKey("refund-" + purchase.reference()).build());
        } catch (StripeException | RuntimeException failed) {
            throw new HostedCheckout.ProviderUnavailable("the provider made no refund", failed);
        }
    }

    private StripeClient client() {
        StripeClient made = client;
        if (made == null) {
            made = StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase()).setMaxNetworkRetries(1).build();
            client = made;
        }
        return made;
    }
}

package app.temple.billing.internal;

import com.stripe.exception.StripeException;
import com.stripe.param.billingportal.SessionCreateParams;
import org.springframework.stereotype.Component;

/**
 * Billing Portal Sessions through stripe-java, against the configured API base. The provider is told her customer id
 * and where to send her back, nothing more; what the portal offers (payment methods, cancellation at the period's end)
 * is set in the provider's dashboard (see the README).
 */
@Component
class StripePortal implements CustomerPortal {

    private final ProviderClient client;

    StripePortal(ProviderClient client) {
        this.client = client;
    }

    @Override
    public String open(String customer, String returnUrl, String language) {
        SessionCreateParams params = SessionCreateParams.builder().setCustomer(customer).setReturnUrl(returnUrl)
                .setLocale("sv".equals(language) ? SessionCreateParams.Locale.SV : SessionCreateParams.Locale.EN).build();
        try {
            String url = client.get().v1().billingPortal().sessions().create(params).getUrl();
            if (url == null || !url.startsWith("https://") && !url.startsWith("http://")) {
                throw new IllegalStateException("a portal session without an address");
            }
            return url;
        } catch (StripeException | RuntimeException failed) {
            throw new HostedCheckout.ProviderUnavailable("the provider made no portal session", failed);
        }
    }
}

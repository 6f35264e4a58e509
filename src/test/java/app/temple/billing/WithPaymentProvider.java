package app.temple.billing;

import app.temple.SideContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform with a payment provider set up, the provider's API stood in for by WireMock ({@link ProviderStandIn}).
 * Tests that extend this share one application context (and one stand-in), apart from the shared context without a
 * provider; the checkout and customer portal origins are the stand-in's, so a browser may follow a purchase or a
 * portal form there.
 */
public abstract class WithPaymentProvider {

    public static final ProviderStandIn PROVIDER = new ProviderStandIn();

    @DynamicPropertySource
    public static void provider(DynamicPropertyRegistry properties) {
        SideContext.quietBackgroundWork(properties);
        properties.add("temple.payments.secret-key", () -> ProviderStandIn.SECRET_KEY);
        properties.add("temple.payments.webhook-secret", () -> ProviderStandIn.WEBHOOK_SECRET);
        properties.add("temple.payments.api-base", PROVIDER::baseUrl);
        properties.add("temple.payments.checkout-origin", PROVIDER::baseUrl);
        properties.add("temple.payments.portal-origin", PROVIDER::baseUrl);
        properties.add("temple.payments.statement-descriptor", () -> "WELLNESS <CO> SERVICES LTD");
    }
}

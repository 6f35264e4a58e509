package app.temple.billing.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import app.temple.billing.internal.PaymentSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Granting access and managing products are for admins alone (with their second factor, as every staff rule asks);
 * buying is for a member with a complete sign-in. The provider's webhook is public: what makes it trusted is its
 * signature, checked on every delivery, and it reads no cookie, so it needs no CSRF token.
 */
@Component
class BillingAccess implements AccessRules {

    private final PaymentSettings settings;
    private final String checkoutOrigin;

    BillingAccess(PaymentSettings settings,
                  @Value("${temple.payments.checkout-origin:https://checkout.stripe.com}") String checkoutOrigin) {
        this.settings = settings;
        this.checkoutOrigin = checkoutOrigin;
    }

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GrantsController.PATH, GrantsController.PATH + "/**").access(SignInRules.staff(Role.ADMIN))
                .requestMatchers(ProductsController.PATH, ProductsController.PATH + "/**").access(SignInRules.staff(Role.ADMIN))
                .requestMatchers(HttpMethod.POST, WebhookController.WEBHOOK).permitAll()
                .requestMatchers(HttpMethod.POST, CheckoutController.CHECKOUT).access(SignInRules.member())
                .requestMatchers(HttpMethod.GET, CheckoutController.RETURN).access(SignInRules.member())
                .requestMatchers(HttpMethod.GET, PurchasesController.PATH, PurchasesController.PATH + "/*").access(SignInRules.member());
    }

    /** A purchase form's answer redirects to the provider's checkout page, which the form-action must allow. */
    @Override
    public List<String> formTargets() {
        return settings.configured() ? List.of(checkoutOrigin) : List.of();
    }

    @Override
    public List<String> statelessPaths() {
        return List.of(WebhookController.WEBHOOK);
    }
}

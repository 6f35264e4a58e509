package app.temple.billing.web;

import app.temple.account.AccessRules;
import app.temple.account.SignInRules;
import app.temple.billing.internal.MembershipSettings;
import app.temple.billing.internal.PaymentSettings;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Opening the provider's customer portal is for a member with a complete sign-in; its answer redirects to the portal's
 * origin, which the form-action must then allow (only when a provider is set up).
 */
@Component
class MembershipAccess implements AccessRules {

    private final PaymentSettings payments;
    private final MembershipSettings memberships;

    MembershipAccess(PaymentSettings payments, MembershipSettings memberships) {
        this.payments = payments;
        this.memberships = memberships;
    }

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, MembershipPortalController.PORTAL).access(SignInRules.member());
    }

    @Override
    public List<String> formTargets() {
        return payments.configured() ? List.of(memberships.portalOrigin()) : List.of();
    }
}

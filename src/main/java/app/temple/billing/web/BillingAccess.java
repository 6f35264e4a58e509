package app.temple.billing.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Granting and revoking access is for admins alone (with their second factor, as every staff rule asks). */
@Component
class BillingAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GrantsController.PATH, GrantsController.PATH + "/**").access(SignInRules.staff(Role.ADMIN));
    }
}

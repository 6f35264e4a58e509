package app.temple.billing.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The list of payments is for admins alone, with their second factor, as every staff rule asks. */
@Component
class PaymentsAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, PaymentsController.PATH).access(SignInRules.staff(Role.ADMIN));
    }
}

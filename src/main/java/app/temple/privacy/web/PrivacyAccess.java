package app.temple.privacy.web;

import app.temple.account.AccessRules;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The privacy centre is hers alone, after a complete sign-in; the page after erasure is for anyone. */
@Component
class PrivacyAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(PrivacyCentreController.PAGE, PrivacyCentreController.PAGE + "/**").access(SignInRules.member())
                .requestMatchers(HttpMethod.GET, "/erased").permitAll();
    }
}

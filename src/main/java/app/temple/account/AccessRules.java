package app.temple.account;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own authorization rules for its routes (e.g. the Journal's editor pages for editors), added
 * to the one filter chain before the account module's catch-all rules.
 */
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}

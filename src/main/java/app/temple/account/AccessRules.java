package app.temple.account;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import java.util.List;

/**
 * A module's own authorization rules for its routes, added to the one filter chain, which ends by refusing
 * every request that no rule names. Use {@code permitAll()} for what is public and {@link SignInRules} for the
 * rest; the route × actor test fails until every route has an expectation for every kind of visitor.
 */
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

    /**
     * Paths that read no cookie and keep no session (a JSON API), and so need no CSRF token: a forged request has
     * nothing to ride on. Empty for most modules.
     */
    default List<String> statelessPaths() {
        return List.of();
    }

    /**
     * Origins other than this one that a form of the module leads to (e.g. a payment provider's hosted checkout, to
     * which a purchase form's answer redirects), for the Content-Security-Policy's form-action. Empty for most.
     */
    default List<String> formTargets() {
        return List.of();
    }
}

package app.temple.operations.internal;

import app.temple.account.AccessRules;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * {@code /actuator/prometheus} answers only a request that carries {@code Authorization: Bearer <TEMPLE_METRICS_TOKEN>}.
 * Metrics are not secrets, but they count sign-ins, errors and requests per route, which is more than a stranger
 * should see of a platform like this one; with no token configured nobody reads them. A bearer token rather than a
 * management port on loopback, so that a scraper elsewhere in the cluster works, and the health probes keep their port.
 */
@Component
class MetricsAccess implements AccessRules, AuthorizationManager<RequestAuthorizationContext> {

    static final String METRICS = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte[] token;

    MetricsAccess(@Value("${temple.metrics.token:}") String token) {
        this.token = token.isBlank() ? new byte[0] : token.trim().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(METRICS, METRICS + "/**").access(this);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(carriesTheToken(context.getRequest()));
    }

    private boolean carriesTheToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (token.length == 0 || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // in constant time, so that the answer's timing does not spell the token out
        return MessageDigest.isEqual(token, header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8));
    }
}

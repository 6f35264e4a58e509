package app.temple.account.internal;

import app.temple.account.internal.RateLimits.KeyedBy;
import app.temple.account.internal.RateLimits.Limit;
import app.temple.site.SignedIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Takes a token from a rate limit before the request reaches whatever it guards (a password or code check, a
 * passkey challenge, the API), and answers 429 when none is left. The rules keyed by the member's id run after
 * Spring Security, which tells who she is; those keyed by the network address run before it, because some of
 * what they guard (the passkey challenge) is answered inside the security chain. See {@link RequestLimitFilters}.
 */
class RequestLimits extends OncePerRequestFilter {

    /** One guarded route: a method (null for every method), a path or a path prefix ending in "/", and its limit. */
    record Rule(String method, String path, Limit limit) {

        boolean matches(HttpServletRequest request) {
            String requested = RequestLimits.path(request);
            boolean pathMatches = path.endsWith("/") ? requested.startsWith(path) : requested.equals(path);
            return pathMatches && (method == null || method.equals(request.getMethod()));
        }
    }

    /** Before Spring Security: counted by the network address (IPv6 by /64). */
    static final List<Rule> BY_ADDRESS = List.of(
            new Rule("POST", "/webauthn/authenticate/options", Limit.PASSKEY_OPTIONS_ADDRESS),
            new Rule(null, "/api/", Limit.API_ADDRESS));

    /** After Spring Security: counted by the signed-in member, first factor or complete. */
    static final List<Rule> BY_MEMBER = List.of(
            new Rule("POST", "/account/confirm", Limit.REAUTHENTICATION_ACCOUNT),
            new Rule("POST", "/sign-in/second-factor", Limit.SECOND_FACTOR_ACCOUNT),
            new Rule("POST", "/account/security/totp", Limit.SECOND_FACTOR_ACCOUNT));

    private final RateLimits limits;
    private final List<Rule> rules;

    RequestLimits(RateLimits limits, List<Rule> rules) {
        this.limits = limits;
        this.rules = rules;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return rules.stream().noneMatch(rule -> rule.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Rule rule : rules) {
            if (!rule.matches(request)) {
                continue;
            }
            Optional<String> key = key(rule.limit(), request);
            Duration wait = key.map(k -> limits.take(rule.limit(), k)).orElse(Duration.ZERO);
            if (!wait.isZero()) {
                TooManyRequests.answer(request, response, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Empty when the request has no such key (no one signed in: the security chain already refused it). */
    private static Optional<String> key(Limit limit, HttpServletRequest request) {
        if (limit.keyedBy == KeyedBy.NETWORK_ADDRESS) {
            return Optional.of(ClientAddress.of(request));
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!SignedIn.is(signedIn)) {
            return Optional.empty();
        }
        return Optional.of(signedIn.getName());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

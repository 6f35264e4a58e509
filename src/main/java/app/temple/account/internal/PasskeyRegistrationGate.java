package app.temple.account.internal;

import app.temple.account.SignInRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;

/**
 * Spring Security answers {@code POST /webauthn/register/options} in a filter that runs before the chain's
 * authorization rules, and lets any signed-in principal through, a password-only sign-in included. This gate
 * holds it to the same rule as {@code POST /webauthn/register}: a complete sign-in, freshly confirmed.
 */
final class PasskeyRegistrationGate extends OncePerRequestFilter {

    static final String OPTIONS = "/webauthn/register/options";

    private final Clock clock;

    PasskeyRegistrationGate(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/webauthn/register");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SignInRules.freshlyConfirmed(SecurityContextHolder.getContext().getAuthentication(), request, clock)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}

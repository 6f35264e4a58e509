package app.temple.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Ends a signed-in session at its absolute lifetime however active it is (the idle timeout is Spring
 * Session's): a forgotten shared computer does not stay signed in for days. Created by the filter chain
 * only, so that it is not also registered as a servlet filter on every request.
 */
class SessionLifetime extends OncePerRequestFilter {

    private final Duration maximum;
    private final Clock clock;

    SessionLifetime(Duration maximum, Clock clock) {
        this.maximum = maximum;
        this.clock = clock;
    }

    private static boolean isSignedIn() {
        return SecondFactor.isMember(SecurityContextHolder.getContext().getAuthentication());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && (session.getAttribute(SignInOutcomes.SIGNED_IN_AT) == null
                || session.getAttribute(SignInOutcomes.HANDLE) == null) && isSignedIn()) {
            // a sign-in that bypassed the form handlers (a passkey) starts its clock on its first request
            SignInOutcomes.begin(session, request, clock);
        }
        if (session != null && session.getAttribute(SignInOutcomes.SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt > maximum.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect("/sign-in?ended");
            return;
        }
        chain.doFilter(request, response);
    }
}

package app.temple.account.internal;

import app.temple.account.internal.RateLimits.Limit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Checks the rate limits before a password is even looked at (a locked account costs the attacker nothing
 * to learn, and the server no hash), and answers with "try again in N minutes".
 */
class SignInGuard extends OncePerRequestFilter {

    private final RateLimits limits;
    private final SecurityLog securityLog;

    SignInGuard(RateLimits limits, SecurityLog securityLog) {
        this.limits = limits;
        this.securityLog = securityLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = Member.emailKey(request.getParameter("email"));
        Duration wait = longer(limits.waitBefore(Limit.SIGN_IN_ACCOUNT, email),
                limits.waitBefore(Limit.SIGN_IN_ADDRESS, ClientAddress.of(request)));
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        securityLog.record(null, SecurityLog.Kind.SIGN_IN_BLOCKED);
        response.sendRedirect("/sign-in?wait=" + minutes(wait));
    }

    static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}

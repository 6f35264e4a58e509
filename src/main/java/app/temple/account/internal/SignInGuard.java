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
 * Takes the sign-in attempt's token from the rate limits before the password is even looked at, so that a burst of
 * parallel attempts cannot all slip past a check made before any of them failed, and an exhausted limit never costs
 * the server an Argon2 hash. A refused attempt answers 429 ("please wait a moment") and names no account. A right
 * password gives its token back ({@link SignInOutcomes}), so signing in on several devices never locks her out.
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
        return !isPasswordSignIn(request);
    }

    static boolean isPasswordSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the address first: a blocked address must not be able to use up the account's attempts as well
        Duration wait = limits.take(Limit.SIGN_IN_ADDRESS, ClientAddress.of(request));
        if (wait.isZero()) {
            wait = limits.take(Limit.SIGN_IN_ACCOUNT, Member.emailKey(request.getParameter("email")));
        }
        if (!wait.isZero()) {
            securityLog.record(null, SecurityLog.Kind.SIGN_IN_BLOCKED);
            TooManyRequests.answer(request, response, wait);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (PasswordHashPool.Full full) {
            // no password was checked: the attempt is not held against her or her address
            limits.giveBack(Limit.SIGN_IN_ACCOUNT, Member.emailKey(request.getParameter("email")));
            limits.giveBack(Limit.SIGN_IN_ADDRESS, ClientAddress.of(request));
            TooManyRequests.answer(request, response, PasswordHashPool.Full.RETRY_AFTER);
        }
    }

    static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}

package app.temple.account.internal;

import app.temple.account.internal.RateLimits.Limit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * What happens after a sign-in attempt, whatever the method (password, link, passkey): failures are
 * counted and logged with one generic answer; a success starts a fresh session that remembers when and on
 * what device it began, then asks for the second factor where the account has one.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String SIGNED_IN_AT = "temple.signedInAt";
    static final String DEVICE = "temple.device";
    /** A random name for the session on her sessions page, so that the page never shows a real session id. */
    static final String HANDLE = "temple.handle";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final RateLimits limits;
    private final SecurityLog securityLog;
    private final Members members;
    private final Clock clock;

    SignInOutcomes(RateLimits limits, SecurityLog securityLog, Members members, Clock clock) {
        this.limits = limits;
        this.securityLog = securityLog;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = Member.emailKey(request.getParameter("email"));
        securityLog.record(members.byEmail(email).map(Member::id).orElse(null), SecurityLog.Kind.SIGN_IN_FAILED);
        Duration wait = SignInGuard.longer(limits.consume(Limit.SIGN_IN_ACCOUNT, email),
                limits.consume(Limit.SIGN_IN_ADDRESS, ClientAddress.of(request)));
        response.sendRedirect(wait.isZero() ? "/sign-in?error" : "/sign-in?wait=" + SignInGuard.minutes(wait));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        begin(request.getSession(), request, clock);
        securityLog.record(java.util.UUID.fromString(authentication.getName()), SecurityLog.Kind.SIGN_IN);
        response.sendRedirect(SecondFactor.nextStep(authentication));
    }

    /**
     * Marks a signed-in session once: when it began (for its absolute lifetime), a coarse device label from
     * the User-Agent (browser and system only; never her IP address), and its opaque handle.
     */
    static void begin(HttpSession session, HttpServletRequest request, Clock clock) {
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            session.setAttribute(SIGNED_IN_AT, clock.millis());
            session.setAttribute(DEVICE, Devices.describe(request.getHeader("User-Agent")));
        }
        if (session.getAttribute(HANDLE) == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            session.setAttribute(HANDLE, java.util.HexFormat.of().formatHex(bytes));
        }
    }
}

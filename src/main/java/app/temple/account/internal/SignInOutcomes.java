package app.temple.account.internal;

import app.temple.account.SignInReturn;
import app.temple.account.internal.RateLimits.Limit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * What happens after a sign-in attempt, whatever the method (password, link, passkey): failures are
 * logged with one generic answer (a password attempt was already counted by {@link SignInGuard}); a success
 * starts a fresh session that remembers when and on what device it began, then asks for the second factor
 * where the account has one.
 */
@Component
class SignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String SIGNED_IN_AT = "temple.signedInAt";
    static final String DEVICE = "temple.device";
    /** A random name for the session on her sessions page, so that the page never shows a real session id. */
    static final String HANDLE = "temple.handle";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final AuthenticationSuccessHandler passkeyAnswer = new HttpMessageConverterAuthenticationSuccessHandler();
    private final RateLimits limits;
    private final SecurityLog securityLog;
    private final Members members;
    private final Clock clock;

    private final SignedIn signedIn;
    private final BroughtAlongs broughtAlong;

    SignInOutcomes(RateLimits limits, SecurityLog securityLog, Members members, Clock clock, SignedIn signedIn,
                   BroughtAlongs broughtAlong) {
        this.limits = limits;
        this.securityLog = securityLog;
        this.members = members;
        this.clock = clock;
        this.signedIn = signedIn;
        this.broughtAlong = broughtAlong;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = Member.emailKey(request.getParameter("email"));
        securityLog.record(members.byEmail(email).map(Member::id).orElse(null), SecurityLog.Kind.SIGN_IN_FAILED);
        // the attempt was counted before the password was checked (SignInGuard); here only the wait is told
        Duration wait = SignInGuard.longer(limits.waitBefore(Limit.SIGN_IN_ACCOUNT, email),
                limits.waitBefore(Limit.SIGN_IN_ADDRESS, ClientAddress.of(request)));
        String again = wait.isZero() ? "/sign-in?error" : "/sign-in?wait=" + SignInGuard.minutes(wait);
        // she tries again on a page that still comes back to where she was
        response.sendRedirect(again + SignInReturn.localPath(request.getParameter(SignInReturns.NEXT))
                .map(next -> "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)).orElse(""));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        begin(request.getSession(), request, clock);
        if (SignInGuard.isPasswordSignIn(request)) {
            // her own right password does not count against her: only failures use up the limit
            limits.giveBack(Limit.SIGN_IN_ACCOUNT, Member.emailKey(request.getParameter("email")));
            limits.giveBack(Limit.SIGN_IN_ADDRESS, ClientAddress.of(request));
        }
        java.util.UUID member = java.util.UUID.fromString(authentication.getName());
        securityLog.record(member, SecurityLog.Kind.SIGN_IN);
        if (SignInGuard.isPasswordSignIn(request)) {
            // what the form brought along waits in this session until the sign-in is complete
            broughtAlong.signingIn(member, request);
            if (app.temple.account.SignInState.of(authentication) == app.temple.account.SignInState.COMPLETE) {
                broughtAlong.signedIn(member, request);
            }
        }
        SignInReturns.remember(request);
        response.sendRedirect(SignInReturns.afterFactor(authentication, request));
    }

    /**
     * A passkey sign-in answers the page's script in JSON, as Spring's handler does, after the same bookkeeping as
     * any other sign-in; its security-log line comes from {@link PasskeySignIns}.
     */
    AuthenticationSuccessHandler forPasskeys() {
        return (request, response, authentication) -> {
            begin(request.getSession(), request, clock);
            signedIn.confirmedIfComplete(authentication, request);
            try {
                passkeyAnswer.onAuthenticationSuccess(request, response, authentication);
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
        };
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

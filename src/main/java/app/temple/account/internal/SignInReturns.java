package app.temple.account.internal;

import app.temple.account.SignInReturn;
import app.temple.account.SignInState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;

/**
 * Where a member goes once her sign-in is complete: back to the page the sign-in form carried in {@code next} (only a
 * path on this site, {@link SignInReturn}), or else where {@link SecondFactor} sends her. Spring Security's saved
 * request stays off: only a page that asked for it is come back to, and only through this check.
 */
final class SignInReturns {

    static final String NEXT = "next";
    static final String SESSION_KEY = "temple.returnTo";

    private SignInReturns() {
    }

    /** Keeps her page for the end of the sign-in, which may still ask for a second factor. */
    static void remember(HttpServletRequest request) {
        SignInReturn.localPath(request.getParameter(NEXT))
                .ifPresent(next -> request.getSession().setAttribute(SESSION_KEY, next));
    }

    /** Her page when the sign-in is now complete (used once), otherwise the next step of the sign-in. */
    static String afterFactor(Authentication authentication, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (SignInState.of(authentication) != SignInState.COMPLETE || session == null) {
            return SecondFactor.nextStep(authentication);
        }
        Object next = session.getAttribute(SESSION_KEY);
        session.removeAttribute(SESSION_KEY);
        return next instanceof String path ? SignInReturn.localPath(path).orElse(SecondFactor.nextStep(authentication))
                : SecondFactor.nextStep(authentication);
    }
}

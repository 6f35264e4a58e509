package app.temple.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.time.Clock;

/**
 * The rules a module names for its routes in its {@link AccessRules}. Every one of them asks for a
 * {@linkplain SignInState#COMPLETE complete} sign-in: there is no rule that lets a half-finished sign-in through,
 * so a new route cannot be opened to a password alone by choosing the wrong one.
 */
public final class SignInRules {

    private SignInRules() {
    }

    /** A member (staff included) whose sign-in is complete. */
    public static AuthorizationManager<RequestAuthorizationContext> member() {
        return (authentication, context) -> new AuthorizationDecision(SignInState.of(authentication.get()) == SignInState.COMPLETE);
    }

    /** A complete sign-in that also holds {@code role}; staff always sign in with a second factor. */
    public static AuthorizationManager<RequestAuthorizationContext> staff(Role role) {
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority(role.authority()), member(),
                (authentication, context) -> new AuthorizationDecision(SignInState.withSecondFactor(authentication.get())));
    }

    /**
     * A complete sign-in whose member proved herself again in the last few minutes ({@link Reauthentication}):
     * for adding a credential, which would otherwise let a stolen session outlive a password change.
     */
    public static AuthorizationManager<RequestAuthorizationContext> memberFreshlyConfirmed(Clock clock) {
        return (authentication, context) ->
                new AuthorizationDecision(freshlyConfirmed(authentication.get(), context.getRequest(), clock));
    }

    /** The same as {@link #memberFreshlyConfirmed}, for a filter that sees only the request. */
    public static boolean freshlyConfirmed(org.springframework.security.core.Authentication authentication,
                                           HttpServletRequest request, Clock clock) {
        return SignInState.of(authentication) == SignInState.COMPLETE && Reauthentication.isFresh(request, clock.millis());
    }
}

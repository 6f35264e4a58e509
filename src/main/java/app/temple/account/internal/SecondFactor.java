package app.temple.account.internal;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * The rule for everything behind sign-in: an account with an authenticator app is signed in only once
 * the app's code (or a passkey) has been given too, and a staff account must first enrol one.
 */
final class SecondFactor implements AuthorizationManager<RequestAuthorizationContext> {

    static final String CHALLENGE = "/sign-in/second-factor";
    static final String ENROL = "/account/security/totp";

    private final boolean enrolmentRequired;

    /** @param enrolmentRequired whether a staff account without a second factor is refused (and sent to enrol) */
    SecondFactor(boolean enrolmentRequired) {
        this.enrolmentRequired = enrolmentRequired;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication current = authentication.get();
        return new AuthorizationDecision(isMember(current) && isComplete(current)
                && !(enrolmentRequired && mustEnrol(current)));
    }

    /**
     * Whether a member is signed in, by whichever method: a password or link sign-in holds a
     * {@link MemberPrincipal}, a passkey sign-in Spring's own principal; both are named by her id.
     */
    static boolean isMember(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return false;
        }
        try {
            java.util.UUID.fromString(authentication.getName());
            return true;
        } catch (IllegalArgumentException notAMember) {
            return false;
        }
    }

    static boolean isComplete(Authentication authentication) {
        return !has(authentication, MemberPrincipal.SECOND_FACTOR_ENROLLED) || hasStrongSecondFactor(authentication);
    }

    static boolean hasStrongSecondFactor(Authentication authentication) {
        return has(authentication, MemberPrincipal.TOTP_FACTOR) || has(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
    }

    static boolean mustEnrol(Authentication authentication) {
        return has(authentication, MemberPrincipal.SECOND_FACTOR_REQUIRED);
    }

    /** Where a member goes right after the first factor. */
    static String nextStep(Authentication authentication) {
        if (!isComplete(authentication)) {
            return CHALLENGE;
        }
        return mustEnrol(authentication) ? ENROL : "/account";
    }

    private static boolean has(Authentication authentication, String authority) {
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}

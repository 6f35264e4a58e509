package app.temple.account;

import app.temple.site.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import java.util.UUID;

/**
 * How far a sign-in has come: the one notion of "complete" that every rule in every module uses. A sign-in that
 * is not {@link #COMPLETE} reaches nothing but the step that would complete it and signing out.
 */
public enum SignInState {

    /** Nobody is signed in. */
    ANONYMOUS,
    /** She gave her password or link, but her account also has an authenticator app whose code she has not given. */
    FIRST_FACTOR,
    /** A staff account signed in without a second factor, because it has none yet: it must enrol one first. */
    MUST_ENROL,
    /** Every factor her account has, and for staff always a second one. */
    COMPLETE;

    /** Marks an account whose password or link sign-in is complete only with the authenticator app's code. */
    public static final String SECOND_FACTOR_ENROLLED = "TEMPLE_SECOND_FACTOR_ENROLLED";
    /** Marks a staff account, which must sign in with a second factor and enrol one if it has none. */
    public static final String SECOND_FACTOR_REQUIRED = "TEMPLE_SECOND_FACTOR_REQUIRED";
    /** The factor an authenticator app's code (or a recovery code) adds. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    public static SignInState of(Authentication authentication) {
        if (!isMember(authentication)) {
            return ANONYMOUS;
        }
        boolean strong = has(authentication, TOTP_FACTOR) || has(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
        if (has(authentication, SECOND_FACTOR_ENROLLED) && !strong) {
            return FIRST_FACTOR;
        }
        if (has(authentication, SECOND_FACTOR_REQUIRED) && !strong) {
            return MUST_ENROL;
        }
        return COMPLETE;
    }

    /** Whether a second factor (authenticator code or user-verified passkey) was given in this sign-in. */
    public static boolean withSecondFactor(Authentication authentication) {
        return isMember(authentication) && (has(authentication, TOTP_FACTOR)
                || has(authentication, FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
    }

    /**
     * Whether a member is signed in at all, by whichever method: a password or link sign-in holds her principal,
     * a passkey sign-in Spring's own; both are named by her id, never by her email.
     */
    static boolean isMember(Authentication authentication) {
        if (!SignedIn.is(authentication)) {
            return false;
        }
        try {
            UUID.fromString(authentication.getName());
            return true;
        } catch (IllegalArgumentException notAMember) {
            return false;
        }
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

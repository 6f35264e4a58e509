package app.temple.account.internal;

import app.temple.account.SignInState;
import org.springframework.security.core.Authentication;

/**
 * The two pages a sign-in that is not yet complete may reach, and where a member goes after each factor. Whether
 * a sign-in is complete is {@link SignInState}'s to say, for every module alike.
 */
final class SecondFactor {

    static final String CHALLENGE = "/sign-in/second-factor";
    static final String ENROL = "/account/security/totp";

    private SecondFactor() {
    }

    static boolean isMember(Authentication authentication) {
        return SignInState.of(authentication) != SignInState.ANONYMOUS;
    }

    /** Where a member goes right after a factor. */
    static String nextStep(Authentication authentication) {
        return switch (SignInState.of(authentication)) {
            case FIRST_FACTOR -> CHALLENGE;
            case MUST_ENROL -> ENROL;
            case ANONYMOUS -> "/sign-in";
            case COMPLETE -> "/account";
        };
    }
}

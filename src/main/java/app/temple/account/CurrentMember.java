package app.temple.account;

import app.temple.site.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.UUID;

/** The signed-in member's id, for modules that key data by it. */
public final class CurrentMember {

    private CurrentMember() {
    }

    /**
     * The id of the member signed in on this request; empty for a visitor, and empty for a sign-in that has given only
     * its first factor of two, so that no public page can show a password alone anything of hers. (A staff account
     * enrolling its first authenticator has no second factor yet: its id is given, for the enrolment page.)
     */
    public static Optional<UUID> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!SignedIn.is(authentication)) {
            return Optional.empty(); // checked first: a visitor's name is not an id, and an exception per visit costs
        }
        if (SignInState.of(authentication) == SignInState.FIRST_FACTOR) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(authentication.getName()));
        } catch (IllegalArgumentException anonymous) {
            return Optional.empty();
        }
    }
}

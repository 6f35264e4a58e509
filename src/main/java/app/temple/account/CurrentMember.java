package app.temple.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.UUID;

/** The signed-in member's id, for modules that key data by it. */
public final class CurrentMember {

    private CurrentMember() {
    }

    /** The id of the member signed in on this request; empty for a visitor. */
    public static Optional<UUID> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty(); // checked first: a visitor's name is not an id, and an exception per visit costs
        }
        try {
            return Optional.of(UUID.fromString(authentication.getName()));
        } catch (IllegalArgumentException anonymous) {
            return Optional.empty();
        }
    }
}

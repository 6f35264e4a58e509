package app.temple.site;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the request being handled comes from a signed-in member rather than a visitor. */
public final class SignedIn {

    private SignedIn() {
    }

    public static boolean now() {
        return is(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Whether someone has signed in: authenticated, and not Spring's anonymous stand-in for a visitor. The account
     * module adds its own rules on top (a finished second step, a member's id as the name).
     */
    public static boolean is(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}

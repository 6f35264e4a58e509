package app.temple.account;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a visitor brings into an account in the very form that creates it or signs her in: today, a quiz result she
 * asked to keep, with her consent. The account module never reads those fields itself; it hands the form to every
 * module that implements this, and only at the moments that make the account hers for certain: her address
 * confirmed by its emailed link, or her sign-in complete with every factor it needs. Until then a module may only
 * hold what it was given, sealed for her and for a while.
 * <p>
 * Implementations must accept any form, however hostile: fields that are missing, malformed or refused are ignored,
 * never an error.
 */
public interface BroughtAlong {

    /** The hidden fields of this module the form carried, to carry again when the form is shown again to fix a mistake. */
    Map<String, String> carried(HttpServletRequest form);

    /** A sign-up with this form created {@code member}, whose address is not yet confirmed. */
    void signedUp(UUID member, HttpServletRequest form);

    /**
     * Her address is confirmed: what was held for her is hers now.
     *
     * @return a message key saying what was done for her, or empty when nothing was held
     */
    Optional<Kept> confirmed(UUID member);

    /** She gave her first factor with this form; her sign-in may still need a second one, in this session. */
    void signingIn(UUID member, HttpServletRequest form);

    /**
     * Her sign-in is complete, in the session of this request.
     *
     * @return what was done for her, or empty when the sign-in brought nothing along
     */
    Optional<Kept> signedIn(UUID member, HttpServletRequest request);

    /**
     * What a module kept for her, to tell her so.
     *
     * @param messageKey the sentence that says it
     * @param href       where she finds it
     * @param linkKey    the link's text
     */
    record Kept(String messageKey, String href, String linkKey) {
    }
}

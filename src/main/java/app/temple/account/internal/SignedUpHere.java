package app.temple.account.internal;

import app.temple.site.SealedCookie;
import app.temple.vault.Vault;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Remembers, in her own browser, that she signed up there, so that confirming her address there signs her in: the
 * confirmation link alone proves she holds the address, not that she chose the password. Someone who signs up with
 * another woman's address cannot make her link sign her into an account whose password he knows; opened on another
 * device (or by her, for an account she did not create) the link only confirms, and she signs in as usual.
 * <p>
 * The cookie holds a value sealed by the vault for the new account: it opens for that account only.
 */
@Component
class SignedUpHere {

    static final String NAME = "temple_signed_up";
    static final String PATH = "/verify-email";
    private static final String FIELD = "account.signed-up-here";

    private final SealedCookie cookie;

    SignedUpHere(Vault vault) {
        this.cookie = new SealedCookie(vault, NAME, PATH, FIELD);
    }

    /** Marks this browser as the one that signed {@code member} up, for as long as her confirmation link lasts. */
    void remember(UUID member, HttpServletRequest request, HttpServletResponse response) {
        cookie.write(member, "signed up here", Tokens.Purpose.VERIFY_EMAIL.lifetime, request, response);
    }

    /** Whether this browser is the one that signed {@code member} up; the cookie is used up either way. */
    boolean isHere(UUID member, HttpServletRequest request, HttpServletResponse response) {
        return cookie.take(member, request, response).isPresent();
    }
}

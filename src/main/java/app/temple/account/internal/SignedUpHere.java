package app.temple.account.internal;

import app.temple.vault.Vault;
import app.temple.vault.VaultException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    private final Vault vault;

    SignedUpHere(Vault vault) {
        this.vault = vault;
    }

    void remember(UUID member, HttpServletRequest request, HttpServletResponse response) {
        byte[] sealed = vault.seal(member, FIELD, "signed up here".getBytes(StandardCharsets.UTF_8));
        set(response, request, Base64.getUrlEncoder().withoutPadding().encodeToString(sealed), Tokens.Purpose.VERIFY_EMAIL.lifetime);
    }

    /** Whether this browser is the one that signed {@code member} up; the cookie is used up either way. */
    boolean isHere(UUID member, HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                set(response, request, "", java.time.Duration.ZERO);
                try {
                    vault.open(member, FIELD, Base64.getUrlDecoder().decode(cookie.getValue()));
                    return true;
                } catch (VaultException | IllegalArgumentException another) {
                    return false;
                }
            }
        }
        return false;
    }

    private static void set(HttpServletResponse response, HttpServletRequest request, String value, java.time.Duration maxAge) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).path(PATH).httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").maxAge(maxAge).build().toString());
    }
}

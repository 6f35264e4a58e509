package app.temple.site;

import app.temple.vault.Vault;
import app.temple.vault.VaultException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A small value kept in her own browser and nowhere else: sealed by the vault for an owner and a field, so that it
 * cannot be altered, reads as nothing, and opens for no other owner or field; in an HttpOnly, SameSite=Lax cookie
 * that only the pages under {@code path} receive, Secure whenever the request came over HTTPS.
 * <p>
 * How long it lasts is the caller's: a max age the browser keeps, or none (a session cookie, dropped when the browser
 * closes). A limit the server must hold whatever the browser does belongs in the value itself.
 */
public final class SealedCookie {

    private final Vault vault;
    private final String name;
    private final String path;
    private final String field;

    /**
     * @param name  the cookie's name
     * @param path  the only path (and those under it) the browser sends it to
     * @param field the vault field it is sealed as; like a column name, changing it makes cookies in flight unreadable
     */
    public SealedCookie(Vault vault, String name, String path, String field) {
        this.vault = vault;
        this.name = name;
        this.path = path;
        this.field = field;
    }

    /**
     * Seals {@code value} for {@code owner} into the cookie.
     *
     * @param maxAge how long the browser keeps it; null for a session cookie
     */
    public void write(UUID owner, String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        byte[] sealed = vault.sealText(owner, field, value);
        set(Base64.getUrlEncoder().withoutPadding().encodeToString(sealed), maxAge, request, response);
    }

    /** The value, or empty when she has no such cookie, or it was altered, truncated or sealed for another owner. */
    public Optional<String> read(UUID owner, HttpServletRequest request) {
        return value(request).flatMap(value -> openedFromHerBrowser(owner, value));
    }

    /** As {@link #read}, and the cookie is used up: deleted in her browser whenever she had one. */
    public Optional<String> take(UUID owner, HttpServletRequest request, HttpServletResponse response) {
        Optional<String> value = value(request);
        value.ifPresent(present -> clear(request, response));
        return value.flatMap(present -> openedFromHerBrowser(owner, present));
    }

    /** Deletes the cookie in her browser. */
    public void clear(HttpServletRequest request, HttpServletResponse response) {
        set("", Duration.ZERO, request, response);
    }

    private Optional<String> value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Opens only what this request's own cookie carries: what was sealed into her browser, read back by it. */
    private Optional<String> openedFromHerBrowser(UUID owner, String value) {
        try {
            return Optional.of(vault.openText(owner, field, Base64.getUrlDecoder().decode(value)));
        } catch (VaultException | IllegalArgumentException notOurs) {
            return Optional.empty(); // altered, truncated or not hers: nothing breaks
        }
    }

    private void set(String value, Duration maxAge, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(name, value)
                .path(path).httpOnly(true).secure(request.isSecure()).sameSite("Lax");
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        response.addHeader("Set-Cookie", cookie.build().toString());
    }
}

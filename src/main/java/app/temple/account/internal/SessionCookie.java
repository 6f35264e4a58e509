package app.temple.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.util.List;

/**
 * The session cookie, named by the request's scheme. Over HTTPS (directly or behind a trusted proxy's
 * X-Forwarded-Proto) it is {@code __Host-temple_session}: the browser then insists on Secure, Path=/ and no
 * Domain, so neither a sibling subdomain nor a plain-http page can plant or overwrite it. Plain http (a
 * developer's localhost) cannot carry a {@code __Host-} cookie, so there it stays {@code temple_session}.
 * Each scheme reads only its own name: over HTTPS a planted unprefixed cookie is ignored.
 */
final class SessionCookie implements CookieSerializer {

    static final String NAME = "temple_session";
    static final String SECURE_NAME = "__Host-" + NAME;

    private final DefaultCookieSerializer plain = cookie(NAME, false);
    private final DefaultCookieSerializer secure = cookie(SECURE_NAME, true);

    private static DefaultCookieSerializer cookie(String name, boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setUseSecureCookie(secure);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/"); // and no domain: a __Host- cookie must have neither another path nor a domain
        return cookie;
    }

    private CookieSerializer forScheme(HttpServletRequest request) {
        return request.isSecure() ? secure : plain;
    }

    @Override
    public void writeCookieValue(CookieValue value) {
        forScheme(value.getRequest()).writeCookieValue(value);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return forScheme(request).readCookieValues(request);
    }
}

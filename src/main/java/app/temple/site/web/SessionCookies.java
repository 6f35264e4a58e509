package app.temple.site.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request carries a cookie under its plain name or its {@code __Host-} form: the session cookie is
 * {@code temple_session} over plain HTTP and {@code __Host-temple_session} over HTTPS (account's SessionCookie).
 */
final class SessionCookies {

    private SessionCookies() {
    }

    static boolean carries(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) || cookie.getName().equals("__Host-" + name)) {
                return true;
            }
        }
        return false;
    }
}

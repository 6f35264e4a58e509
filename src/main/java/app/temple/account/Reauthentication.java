package app.temple.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.time.Duration;

/**
 * A fresh proof that the person at the keyboard is the member, asked before changing her password, email
 * or second factor and before erasing her account.
 */
public final class Reauthentication {

    public static final String CONFIRM_PAGE = "/account/confirm";
    static final String CONFIRMED_AT = "temple.confirmedAt";
    static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private Reauthentication() {
    }

    public static boolean isFresh(HttpServletRequest request, long nowMillis) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CONFIRMED_AT) instanceof Long at
                && nowMillis - at <= FRESH_FOR.toMillis();
    }

    /** Where to send her to confirm, coming back to {@code next} afterwards, as a controller's view name. */
    public static String confirmThenReturnTo(String next) {
        return "redirect:" + confirmPage(next);
    }

    /** The confirmation page's address, coming back to {@code next} afterwards. */
    public static String confirmPage(String next) {
        return CONFIRM_PAGE + "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static void markConfirmed(HttpServletRequest request, long nowMillis) {
        request.getSession().setAttribute(CONFIRMED_AT, nowMillis);
    }
}

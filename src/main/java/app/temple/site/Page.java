package app.temple.site;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.util.List;
import java.util.Locale;

/**
 * What every page template needs from the request it renders for: the reader's language and its
 * messages, the script nonce of this response, the navigation and the fingerprinted asset URLs.
 * Available to every template as the model attribute {@code page}.
 *
 * @param locale       the reader's language, English or Swedish; never null
 * @param path         the request path, without query; always a same-origin path (see {@link #sameOrigin}), never null
 * @param nonce        the Content-Security-Policy nonce of this response; null on a {@link SharedPage}
 * @param navigation   the sections that have pages, in menu order
 * @param quickExitUrl where Quick exit leaves to
 * @param csrf         the token every form posts back; created (as a cookie) only when a form asks for it
 * @param signedIn     whether a member is signed in on this request
 */
public record Page(Locale locale, String path, String nonce, List<Section> navigation, String quickExitUrl,
                   MessageSource messages, ResourceUrlProvider assets, CsrfToken csrf, boolean signedIn) {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("sv"));

    public Page {
        path = sameOrigin(path);
    }

    /**
     * The path itself if it can only lead to this site, else {@code /}. Links are built from it (the language
     * switch), and the path of an error page is whatever was asked for: {@code //evil.example/} is a link to
     * another host, and browsers read {@code /\evil.example/} the same way.
     */
    public static String sameOrigin(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return "/"; // browsers drop tabs and newlines in URLs, so "/\t/evil.example" is "//evil.example" to them
            }
        }
        return path;
    }

    /** This page as every visitor sees it: no nonce and no form token, see {@link SharedPage}. */
    Page forEveryone() {
        return new Page(locale, path, null, navigation, quickExitUrl, messages, assets, null, false);
    }

    /** The message for {@code key} in the reader's language; arguments fill {@code {0}}, {@code {1}}… */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A day in the reader's language, "5 December 2026", in the platform's home zone (see {@link Dates}). */
    public String date(java.time.Instant at) {
        return Dates.day(at, Dates.HOME, locale);
    }

    /** A calendar day in the reader's language, "5 December 2026". */
    public String date(java.time.LocalDate day) {
        return Dates.day(day, locale);
    }

    /** A day and time in the reader's language, "5 December 2026, 14:30", in the platform's home zone. */
    public String dateTime(java.time.Instant at) {
        return Dates.dayAndTime(at, Dates.HOME, locale);
    }

    /** The CSRF token's value, for a hidden form field named {@code _csrf}. */
    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The language code for {@code <html lang>}. */
    public String lang() {
        return locale.getLanguage();
    }

    /** The URL of a static asset with its content hash, so it can be cached for a year. */
    public String asset(String path) {
        String versioned = assets == null ? null : assets.getForLookupPath(path);
        return versioned == null ? path : versioned;
    }

    /** This page in another language: the switch stores the choice in a cookie. */
    public String inLanguage(Locale language) {
        return path + "?lang=" + language.getLanguage();
    }

    public boolean isCurrent(String href) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }

    /** A top-level section of the site (Journal, Quizzes, Courses, Sessions). */
    public record Section(String href, String messageKey) {
    }
}

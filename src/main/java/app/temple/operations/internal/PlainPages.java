package app.temple.operations.internal;

import app.temple.site.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.Locale;

/**
 * A 503 page that needs nothing but the message bundles: no template, no session, no database. For the moments
 * when Temple cannot serve its own pages (still starting, or its database out of reach), in the reader's language,
 * with {@code Retry-After} so a proxy or a browser knows to try again shortly.
 */
@Component
class PlainPages {

    private final MessageSource messages;
    private final LocaleResolver locales;

    PlainPages(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Writes the page whose title and text are {@code <key>.title} and {@code <key>.text}. */
    void unavailable(HttpServletRequest request, HttpServletResponse response, String key, String retryAfterSeconds)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage(key + ".title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage(key + ".text", null, locale));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        // the page stands alone: what went before it (the security chain's headers included) may have been reset;
        // the site's baseline first, then this page's stricter policy (no script, no style) and no caching at all
        SecurityHeaders.writeWithoutChain(request, response);
        response.setHeader("Retry-After", retryAfterSeconds);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head><body><main><h1>%s</h1><p>%s</p></main></body></html>
                """.formatted(locale.getLanguage(), title, title, text));
    }
}

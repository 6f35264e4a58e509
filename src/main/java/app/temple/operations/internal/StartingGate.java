package app.temple.operations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.Locale;

/**
 * Until Temple has first become ready, every request but the health probes answers 503 with {@code Retry-After}.
 * The web server listens before the starting content is loaded; a request let through then would see an empty
 * Journal, and caches (the quiz list keeps what it read for 30 s) would go on serving that emptiness after the load.
 * The gate opens once, for good: what readiness says later (the database gone) is the load balancer's business.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final String PROBES = "/actuator/health";

    private final ApplicationAvailability availability;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private volatile boolean open;

    StartingGate(ApplicationAvailability availability, MessageSource messages, LocaleResolver locales) {
        this.availability = availability;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isOpen() || request.getRequestURI().startsWith(PROBES)) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response);
    }

    private boolean isOpen() {
        if (!open && availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            open = true;
        }
        return open;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("operations.starting.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("operations.starting.text", null, locale));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head><body><main><h1>%s</h1><p>%s</p></main></body></html>
                """.formatted(locale.getLanguage(), title, title, text));
    }
}

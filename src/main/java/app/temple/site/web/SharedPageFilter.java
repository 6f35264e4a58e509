package app.temple.site.web;

import app.temple.site.ContentEpoch;
import app.temple.site.SharedPage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import org.apache.commons.codec.digest.DigestUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves a visitor's request for a shared page from memory, ahead of every other filter: no session, no security
 * chain, no controller, no query. Anything else passes through untouched, except that a visitor's page request is
 * recorded on its way out, so that a page its handler declared shared can be served from memory next time.
 * <p>
 * Only requests that cannot be personal qualify: GET or HEAD, no query string, no htmx, and no session cookie. A
 * signed-in member always has a session, so her pages are always rendered for her.
 */
class SharedPageFilter extends OncePerRequestFilter {

    /** Headers the container writes for each response, or that a stored page writes itself: type, language, tag. */
    private static final Set<String> NOT_STORED = Set.of("date", "content-length", "transfer-encoding", "content-encoding",
            "vary", "connection", "keep-alive", "content-type", "content-language", "etag");

    /**
     * Shared pages hold nothing personal, so browsers may keep them, but must ask each time whether they changed:
     * the tags make that question cheap. Kept out of shared caches, since the page follows the reader's language.
     */
    static final String REVALIDATE = "private, no-cache";

    private final SharedPageStore store;
    private final LocaleResolver locales;
    private final String sessionCookie;
    private final Counter servedFromMemory;

    SharedPageFilter(SharedPageStore store, LocaleResolver locales, String sessionCookie, MeterRegistry meters) {
        this.store = store;
        this.locales = locales;
        this.sessionCookie = sessionCookie;
        // these requests skip the observation filter, so they are counted here instead
        this.servedFromMemory = Counter.builder("temple.shared.pages.served")
                .description("Requests for shared pages answered from memory, without rendering").register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!mayBeShared(request)) {
            chain.doFilter(request, response);
            return;
        }
        SharedPageStore.Key key = new SharedPageStore.Key(request.getRequestURI(),
                locales.resolveLocale(request).getLanguage(), request.isSecure());
        StoredPage stored = store.current(key);
        if (stored != null) {
            servedFromMemory.increment();
            stored.writeTo(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        renderAndKeep(key, request, response, chain);
    }

    private void renderAndKeep(SharedPageStore.Key key, HttpServletRequest request, HttpServletResponse response,
                               FilterChain chain) throws ServletException, IOException {
        long renderedAt = ContentEpoch.tick();
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        StoredPage kept = null;
        try {
            chain.doFilter(request, recording);
            ContentEpoch epoch = SharedPage.epochOf(request);
            if (epoch != null) {
                kept = keep(key, epoch, renderedAt, response, recording);
            }
        } finally {
            if (kept != null && !response.isCommitted()) {
                // answered as every later reader is, compressed where she accepts it: the container does not
                // compress a response with a strong tag, so the recorded bytes would go out at four times the size
                response.reset();
                kept.writeTo(request, response);
            } else {
                recording.copyBodyToResponse();
            }
        }
    }

    /** The page as stored, or null where it may not be stored: not a 200, or it sets a cookie. */
    private StoredPage keep(SharedPageStore.Key key, ContentEpoch epoch, long renderedAt, HttpServletResponse response,
                            ContentCachingResponseWrapper recording) {
        if (recording.getStatus() != HttpServletResponse.SC_OK
                || response.getHeaders("Set-Cookie").iterator().hasNext()) {
            return null;
        }
        byte[] body = recording.getContentAsByteArray();
        // nothing is sent yet, so the first reader gets the same validators as every later one
        if (response.getHeader("ETag") == null) {
            response.setHeader("ETag", contentTag(body));
        }
        response.setHeader("Cache-Control", REVALIDATE);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_STORED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        StoredPage page = new StoredPage(epoch, renderedAt, response.getContentType(), response.getLocale(), headers,
                response.getHeader("ETag"), lastModified(response.getHeader("Last-Modified")), body);
        store.put(key, page);
        return page;
    }

    /** A tag from the bytes themselves, for shared pages whose handler gave none. */
    private static String contentTag(byte[] body) {
        return "\"" + DigestUtils.sha256Hex(body).substring(0, 32) + "\"";
    }

    private static long lastModified(String header) {
        try {
            return header == null ? -1 : java.time.ZonedDateTime.parse(header, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return -1;
        }
    }

    private boolean mayBeShared(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null
                || request.getHeader("HX-Request") != null) {
            return false; // an htmx request may be answered with a fragment instead of the page
        }
        String uri = request.getRequestURI();
        if (uri.startsWith("/actuator") || uri.startsWith("/webjars") || uri.lastIndexOf('.') > uri.lastIndexOf('/')) {
            return false; // probes and static files have their own, cheaper path
        }
        // a member over HTTPS carries the session cookie as __Host-temple_session: her pages are hers there too
        return !SessionCookies.carries(request, sessionCookie);
    }
}

package app.temple.site.web;

import app.temple.site.SecurityHeaders;
import app.temple.site.web.ReadableText.Unreadable;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before sessions, Spring Security or any controller read it, a request Temple could not store as sent: a
 * null character or broken UTF-8 in the query string, a form, or any other body (400), or a body larger than
 * its route takes (413). Sign-in, sign-in links and passkeys are Spring Security's own endpoints and have no
 * controller to check them, which is why this is a filter and runs first.
 * <p>
 * A plain GET costs one scan of its query string; its body, if any, is never read. A multipart body is left to the
 * container (its own size limits apply) and only its text fields are checked; one larger than its route takes
 * ({@link BodyLimits#ofMultipart}) is refused by its declared length before the container writes it to disk. A refused request is answered with the
 * site's error page, or problem+json for the API and for JSON bodies, and never echoes what was sent.
 * <p>
 * A body over the limit gets 413 (Content Too Large), not 400: it may be perfectly well-formed, only its size is
 * refused, and a client can tell the two apart. It is refused by its declared length before a byte is read.
 */
class HostileInputFilter extends OncePerRequestFilter {

    /** Set on a refused request, so that the error page can say what was wrong. */
    static final String REFUSED = HostileInputFilter.class.getName() + ".refused";

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final BodyLimits limits;

    HostileInputFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            showErrorPage(request, response, chain);
            return;
        }
        try {
            String query = request.getQueryString();
            if (query != null) {
                ReadableText.checkQuery(query);
            }
            chain.doFilter(METHODS_WITH_BODY.contains(request.getMethod()) ? checkedBody(request) : request, response);
        } catch (Unreadable unreadable) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST);
        } catch (TooLarge tooLarge) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /**
     * The error page of a refused request must not read the input that was refused: the container would decode the
     * query string again (and fail on broken UTF-8), or parse a body that was too large. It sees neither.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        showErrorPage(request, response, chain);
    }

    private static void showErrorPage(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request.getAttribute(REFUSED) == null ? request : new WithoutInput(request), response);
    }

    private HttpServletRequest checkedBody(HttpServletRequest request) throws IOException, Unreadable, TooLarge {
        MediaType type = mediaType(request.getContentType());
        if (type != null && "multipart".equals(type.getType())) {
            if (request.getContentLengthLong() > limits.ofMultipart(request.getRequestURI())) {
                throw new TooLarge();
            }
            checkMultipartFields(request);
            return request;
        }
        byte[] body = read(request, limits.of(request.getRequestURI()));
        if (type != null && MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)) {
            Map<String, List<String>> fields = ReadableText.fields(body);
            return new ReadBodyRequest(request, body, fields);
        }
        // Temple takes no binary body, and Spring Security's passkey endpoints read JSON whatever type is declared,
        // so every other body is held to the JSON rule, which for plain text only adds the escaped null character
        ReadableText.checkJson(body);
        return new ReadBodyRequest(request, body);
    }

    /**
     * The container has decoded these already; a broken byte shows as the replacement character. A body it cannot
     * parse is refused here, with 413 when it is over the container's multipart limits (a chunked body declares no
     * length to refuse it by) and 400 when it is malformed: every later reader (the form token's check, the locale's,
     * the error page's) would meet the same failure as an exception.
     */
    private static void checkMultipartFields(HttpServletRequest request) throws Unreadable, TooLarge {
        Map<String, String[]> fields;
        try {
            fields = request.getParameterMap();
        } catch (InvalidParameterException unparseable) {
            if (unparseable.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                throw new TooLarge();
            }
            throw new Unreadable();
        } catch (InvalidFileNameException nullInFileName) {
            // the container refuses a file name with a null character by throwing, unwrapped, from every reader
            throw new Unreadable();
        }
        for (String[] values : fields.values()) {
            for (String value : values) {
                if (value.indexOf('\0') >= 0 || value.indexOf('\uFFFD') >= 0) {
                    throw new Unreadable();
                }
            }
        }
    }

    /**
     * The whole body, refused as soon as it is longer than the limit: first by its declared length, then by the
     * bytes actually read, since a chunked body declares none.
     */
    private static byte[] read(HttpServletRequest request, int limit) throws IOException, TooLarge {
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge();
        }
        InputStream in = request.getInputStream();
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new TooLarge();
        }
        return body;
    }

    private static MediaType mediaType(String contentType) throws Unreadable {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (org.springframework.util.InvalidMimeTypeException unparseable) {
            throw new Unreadable();
        }
    }

    private static boolean isJson(MediaType type) {
        return "json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        SecurityHeaders.writeWithoutChain(request, response);
        if (wantsProblem(request)) {
            writeProblem(response, status);
        } else {
            request.setAttribute(REFUSED, status);
            response.sendError(status); // the container's error dispatch renders the site's page for this status
        }
    }

    /** The API, and scripts that send JSON (passkeys), are answered in JSON; browsers get a page. */
    private static boolean wantsProblem(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return true;
        }
        try {
            MediaType type = mediaType(request.getContentType());
            return type != null && isJson(type);
        } catch (Unreadable unparseable) {
            return false;
        }
    }

    private static void writeProblem(HttpServletResponse response, int status) throws IOException {
        String title = status == HttpServletResponse.SC_BAD_REQUEST ? "Unreadable request" : "Request too large";
        String detail = status == HttpServletResponse.SC_BAD_REQUEST
                ? "The request contains a null character or text that is not valid UTF-8."
                : "The request body is larger than this address accepts.";
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /**
     * A refused request as its error page sees it: no query string, no parameters, and no body type, so that the
     * dispatcher does not try to read a refused multipart body either.
     */
    private static final class WithoutInput extends HttpServletRequestWrapper {

        WithoutInput(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** A body longer than its route's limit. */
    private static final class TooLarge extends Exception {
        TooLarge() {
            super("body too large", null, false, false);
        }
    }
}

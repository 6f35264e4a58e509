package app.temple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without the rendering: it keeps cookies, posts forms with the CSRF token of the
 * last page it read, and does not follow redirects, so tests see each step.
 */
public final class Visitor {

    /** What a browser asks for, so that an error comes back as the site's page rather than as JSON. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf = "";
    private String lastBody = "";

    public Visitor(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return remember(send(HttpRequest.newBuilder(uri(path)).GET()));
    }

    /** Posts a form with the CSRF token from the last page read. */
    public HttpResponse<String> post(String path, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Any other method, with the CSRF token from the last page read in the header a script would send it in. */
    public HttpResponse<String> send(String method, String path) {
        return remember(send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrf)
                .method(method, HttpRequest.BodyPublishers.noBody())));
    }

    /** Reads a page first (for its CSRF token), then posts the form. */
    public HttpResponse<String> submit(String formPage, String action, String... fields) {
        get(formPage);
        return post(action, fields);
    }

    /**
     * Sends a body exactly as given, with the CSRF token of the last page read in the {@code X-XSRF-TOKEN} header,
     * for bodies no browser form would produce: raw bytes, JSON, chunked streams.
     */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", csrf).method(method, HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    /** The CSRF token of the last page read, for a form body built by hand. */
    public String csrfToken() {
        return csrf;
    }

    /** Sets a cookie in this browser as if the site had (or as someone editing her cookies would). */
    public void plantCookie(String name, String value, String path) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        cookies.getCookieStore().getCookies().stream().filter(kept -> kept.getName().equals(name)).toList()
                .forEach(kept -> cookies.getCookieStore().remove(null, kept));
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    public String lastBody() {
        return lastBody;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** The path and query of a redirect, without scheme and host. */
    public static String redirectPath(HttpResponse<?> response) {
        String location = location(response);
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        lastBody = response.body();
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.setHeader("Accept", ACCEPT).build();
        try {
            try {
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!closedBeforeAnswering(e)) {
                    throw e;
                }
                // The server closed the connection without sending a byte: a kept-alive connection it dropped while
                // this request was on its way, or one it shut after refusing an over-long request line before the
                // rest had arrived. The JDK's client sends a GET again by itself but not a POST; a browser sends
                // both again once, on a new connection, and so does this one.
                return client.send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean closedBeforeAnswering(IOException e) {
        return String.valueOf(e.getMessage()).contains("received no bytes");
    }
}

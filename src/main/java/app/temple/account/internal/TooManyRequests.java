package app.temple.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.time.Duration;

/**
 * The one way a refused request is answered: 429 with Retry-After, and either the site's friendly page (in her
 * language, through the error pages) or, for the API, a problem+json body.
 */
final class TooManyRequests {

    private TooManyRequests() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(wait)));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (isApi(request)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Too Many Requests","status":429,\
                    "detail":"Too many requests from this address. Try again after %d seconds."}"""
                    .formatted(retryAfterSeconds(wait)));
            return;
        }
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

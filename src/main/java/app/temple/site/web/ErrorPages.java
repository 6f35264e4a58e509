package app.temple.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * Errors in the site's own design. The page says what happened in plain words and never shows a stack
 * trace, an exception name or the request's parameters.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "not-found";
            case FORBIDDEN, UNAUTHORIZED -> "forbidden";
            case TOO_MANY_REQUESTS -> "too-many";
            case CONTENT_TOO_LARGE -> "too-large";
            case BAD_REQUEST -> request.getAttribute(HostileInputFilter.REFUSED) != null ? "unreadable" : "bad-request";
            default -> status.is4xxClientError() ? "bad-request" : "server";
        };
        return new ModelAndView("site/error", Map.of("status", status.value(), "kind", kind), status);
    }
}

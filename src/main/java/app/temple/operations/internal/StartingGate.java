package app.temple.operations.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

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
    private final PlainPages pages;
    private volatile boolean open;

    StartingGate(ApplicationAvailability availability, PlainPages pages) {
        this.availability = availability;
        this.pages = pages;
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
        pages.unavailable(request, response, "operations.starting", RETRY_AFTER_SECONDS);
    }
}

package app.temple.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Matches a GET or HEAD for a path that no controller maps, so that a mistyped address gets the "not found" page
 * instead of a sign-in form. It opens nothing: a path with no handler has nothing behind it. The patterns are read
 * once, lazily, because the handler mappings are built after the security chain.
 */
final class UnmappedPaths implements RequestMatcher {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final Supplier<List<PathPattern>> patterns;
    private volatile List<PathPattern> known;

    UnmappedPaths(ApplicationContext context) {
        // every mapping of request-mapping kind: the controllers' and the management endpoints' alike
        this.patterns = () -> context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .flatMap(info -> info.getPatternValues().stream())
                .distinct().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!READS.contains(request.getMethod())) {
            return false;
        }
        List<PathPattern> mapped = known;
        if (mapped == null) {
            mapped = patterns.get();
            known = mapped;
        }
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path = PathContainer.parsePath(uri);
        return mapped.stream().noneMatch(pattern -> pattern.matches(path));
    }
}

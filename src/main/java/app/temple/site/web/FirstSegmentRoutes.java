package app.temple.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spring MVC's route lookup, told to pass over the routes that cannot match because their path begins with another
 * fixed segment. For a path with a variable in it (a lesson, a session type's free times, a quiz's answer) Spring
 * tries every route in turn, and each try asks the request's method through five request wrappers (sessions,
 * security, the firewall…) before it looks at the path: 11–13% of the CPU of such a page (async-profiler,
 * 2026-12-06). {@code /courses/x/y} cannot be {@code /quizzes/{slug}/answer}, so that route is not asked. Every route
 * that could match is matched by Spring itself, in its own order, with its own rules.
 */
class FirstSegmentRoutes extends RequestMappingHandlerMapping {

    /** The path's first segment during one lookup; a lookup inside another (a forward) restores the outer one. */
    private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

    /**
     * Each route's possible first segments, worked out when the route is registered, so that a lookup only reads;
     * an empty set means it may begin with anything.
     */
    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        firstSegments.put(mapping, fixedFirstSegments(mapping));
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        firstSegments.put(mapping, fixedFirstSegments(mapping));
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        firstSegments.remove(mapping);
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = FIRST_SEGMENT.get();
        FIRST_SEGMENT.set(firstSegment(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                FIRST_SEGMENT.remove();
            } else {
                FIRST_SEGMENT.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String first = FIRST_SEGMENT.get();
        if (first != null) {
            Set<String> possible = firstSegments.get(info);
            if (possible != null && !possible.isEmpty() && !possible.contains(first)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /**
     * The decoded first segment, as Spring's patterns compare it ({@code /} alone has the empty one), or null where
     * nothing may be passed over: no parsed path, or patterns that ignore case.
     */
    private String firstSegment(HttpServletRequest request) {
        PathPatternParser parser = getPatternParser();
        if (parser == null || !parser.isCaseSensitive() || !ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
        List<PathContainer.Element> elements = path.pathWithinApplication().elements();
        if (elements.isEmpty() || !(elements.getFirst() instanceof PathContainer.Separator)) {
            return null;
        }
        if (elements.size() == 1) {
            return "";
        }
        return elements.get(1) instanceof PathContainer.PathSegment segment ? segment.valueToMatch() : "";
    }

    /** The fixed first segments of a route's patterns, or none if any of them may begin with anything. */
    static Set<String> fixedFirstSegments(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null) {
            return Set.of();
        }
        Set<String> fixed = new HashSet<>();
        for (PathPattern pattern : condition.getPatterns()) {
            String first = fixedFirstSegment(pattern.getPatternString());
            if (first == null) {
                return Set.of();
            }
            fixed.add(first);
        }
        return Set.copyOf(fixed);
    }

    /** {@code "/quizzes/{slug}/answer"} → {@code "quizzes"}; null for {@code "/"}, {@code "/{slug}"}, {@code "/a*"}… */
    static String fixedFirstSegment(String pattern) {
        if (!pattern.startsWith("/")) {
            return null;
        }
        int end = pattern.indexOf('/', 1);
        String first = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
        boolean plain = !first.isEmpty() && first.chars().noneMatch(c -> "{}*?;%\\".indexOf(c) >= 0);
        return plain ? first : null;
    }
}

package app.temple.site.web;

import app.temple.site.Page.Section;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The main sections in menu order. A section shows only once some module serves its page, so the menu
 * never leads to a 404 while the platform grows.
 */
@Component
class Navigation {

    static final Section COURSES = new Section("/courses", "nav.courses");
    static final Section SESSIONS = new Section("/sessions", "nav.sessions");
    static final List<Section> SECTIONS = List.of(
            new Section("/journal", "nav.journal"),
            new Section("/quizzes", "nav.quizzes"),
            COURSES,
            SESSIONS);

    private final RequestMappingHandlerMapping handlers;
    private volatile List<Section> available = List.of();

    Navigation(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.handlers = requestMappingHandlerMapping;
    }

    @EventListener(ContextRefreshedEvent.class)
    void findServedSections() {
        Set<String> served = handlers.getHandlerMethods().keySet().stream()
                .filter(Navigation::answersGet)
                .flatMap(info -> info.getPatternValues().stream())
                .collect(Collectors.toSet());
        available = SECTIONS.stream().filter(section -> served.contains(section.href())).toList();
    }

    private static boolean answersGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    List<Section> sections() {
        return available;
    }

    /** Whether some module serves the section's page yet, so the home page offers only what is there. */
    boolean isServed(Section section) {
        return available.contains(section);
    }
}

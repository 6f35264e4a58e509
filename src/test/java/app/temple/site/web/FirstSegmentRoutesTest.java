package app.temple.site.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Passing over routes by their first segment must never change which route Spring MVC finds, nor its variables. */
class FirstSegmentRoutesTest {

    private static final List<String> PATHS = List.of("/", "/quizzes", "/quizzes/", "/quizzes/a", "/quizzes/new",
            "/quizzes/a/answer", "/courses/f/l", "/courses/f", "/sessions/t", "/s/t", "/about", "/files/a/b/c",
            "/abc/x", "/Caps/1", "/caps/1", "/caf%C3%A9/1", "/quizzes;v=1/a", "/nothing/here/at/all", "/%2F/x");

    private final RequestMappingHandlerMapping spring = routes(new RequestMappingHandlerMapping());
    private final RequestMappingHandlerMapping temple = routes(new FirstSegmentRoutes());

    @Test
    void findsTheRouteSpringFindsForEveryPathAndMethod() throws Exception {
        for (String method : List.of("GET", "POST", "HEAD", "DELETE")) {
            for (String path : PATHS) {
                assertThat(found(temple, method, path)).as(method + " " + path).isEqualTo(found(spring, method, path));
            }
        }
    }

    @Test
    void theRoutesAreTheOnesTheirPathsName() throws Exception {
        assertThat(found(temple, "GET", "/courses/f/l")).isEqualTo("lesson {course=f, lesson=l}");
        assertThat(found(temple, "GET", "/quizzes/new")).isEqualTo("newQuiz {}");
        assertThat(found(temple, "POST", "/quizzes/a/answer")).isEqualTo("answer {slug=a}");
        assertThat(found(temple, "GET", "/quizzes/a/answer")).isEqualTo("HttpRequestMethodNotSupportedException");
        assertThat(found(temple, "GET", "/about")).isEqualTo("page {page=about}");
        assertThat(found(temple, "GET", "/s/t")).isEqualTo("sessions {type=t}");
        assertThat(found(temple, "GET", "/caf%C3%A9/1")).isEqualTo("cafe {x=1}");
        assertThat(found(temple, "GET", "/nothing/here/at/all")).isEqualTo("none");
    }

    @Test
    void asksFarFewerRoutesForAPathWithAFixedFirstSegment() throws Exception {
        // Spring asks the request's method a few times for every route it tries: 58 times for the lesson's path here;
        // only "/{page}", which begins with anything, and the lesson's own route are left to ask
        for (String path : List.of("/courses/f/l", "/nothing/here/at/all")) {
            assertThat(methodAsked(temple, path)).as(path).isLessThan(methodAsked(spring, path) / 2);
        }
    }

    @Test
    void readsTheFixedFirstSegmentOfAPattern() {
        assertThat(FirstSegmentRoutes.fixedFirstSegment("/quizzes/{slug}/answer")).isEqualTo("quizzes");
        assertThat(FirstSegmentRoutes.fixedFirstSegment("/quizzes")).isEqualTo("quizzes");
        assertThat(FirstSegmentRoutes.fixedFirstSegment("/")).isNull();
        assertThat(FirstSegmentRoutes.fixedFirstSegment("/{page}")).isNull();
        assertThat(FirstSegmentRoutes.fixedFirstSegment("/a*/x")).isNull();
        assertThat(FirstSegmentRoutes.fixedFirstSegment("/{*rest}")).isNull();
        assertThat(FirstSegmentRoutes.fixedFirstSegment("")).isNull();
    }

    private static String found(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            return ((HandlerMethod) chain.getHandler()).getMethod().getName() + " "
                    + new TreeMap<>((Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE));
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }

    private static int methodAsked(RequestMappingHandlerMapping mapping, String path) throws Exception {
        int[] asked = {0};
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path) {
            @Override
            public String getMethod() {
                asked[0]++;
                return super.getMethod();
            }
        };
        ServletRequestPathUtils.parseAndCache(request);
        asked[0] = 0;
        mapping.getHandler(request);
        return asked[0];
    }

    private static RequestMappingHandlerMapping routes(RequestMappingHandlerMapping mapping) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("routes", Routes.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    @Controller
    static class Routes {
        @GetMapping("/")
        void home() {
        }

        @GetMapping("/quizzes")
        void quizzes() {
        }

        @GetMapping("/quizzes/{slug}")
        void quiz() {
        }

        @GetMapping("/quizzes/new")
        void newQuiz() {
        }

        @PostMapping("/quizzes/{slug}/answer")
        void answer() {
        }

        @GetMapping("/courses/{course}/{lesson}")
        void lesson() {
        }

        @GetMapping({"/sessions/{type}", "/s/{type}"})
        void sessions() {
        }

        @GetMapping("/{page}")
        void page() {
        }

        @GetMapping("/files/{*rest}")
        void files() {
        }

        @GetMapping("/a*/x")
        void starred() {
        }

        @RequestMapping("/Caps/{x}")
        void caps() {
        }

        @GetMapping("/caf\u00e9/{x}")
        void cafe() {
        }
    }
}

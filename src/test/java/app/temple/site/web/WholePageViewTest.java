package app.temple.site.web;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.view.AbstractTemplateView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WholePageViewTest {

    /** Tomcat's response buffer: a page longer than this leaves in part while it renders, unless rendered whole. */
    static final int TOMCAT_BUFFER = 8 * 1024;

    /** A page that writes more than the buffer holds and then asks its model for the rest. */
    static final String LONG_PAGE = "@param java.util.function.Supplier<String> rest\n<p>"
            + "long paragraph ".repeat(2 * TOMCAT_BUFFER / 15) + "</p><p>${rest.get()}</p>";

    static final GenericWebApplicationContext CONTEXT = new GenericWebApplicationContext(new MockServletContext());

    static {
        CONTEXT.refresh();
    }

    @TempDir
    Path compiled;

    @Test
    void aPageIsSentWholeWithItsLength() throws Exception {
        MockHttpServletResponse response = render(new WholePageView(templates()), () -> "the end");

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("<p>long paragraph")
                .endsWith("<p>the end</p>");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length)
                .isGreaterThan(TOMCAT_BUFFER);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    /** The database goes away after the first buffer's worth: nothing has left, so the 503 page can still answer. */
    @Test
    void aPageThatFailsLateHasSentNothing() {
        MockHttpServletResponse response = failedLate(new WholePageView(templates()));

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    /** What the test above guards against: jte's own view has sent the status and half the page by then. */
    @Test
    void jtesOwnViewHasSentHalfThePageWhenItFailsLate() {
        MockHttpServletResponse response = failedLate(new JteView(templates()));

        assertThat(response.isCommitted()).isTrue();
    }

    /** The page rendered until its model fails, as a read of a database that went away fails. */
    private static MockHttpServletResponse failedLate(AbstractTemplateView view) {
        MockHttpServletResponse response = response();
        Supplier<String> failing = () -> {
            throw new DataAccessResourceFailureException("the database went away");
        };
        assertThatThrownBy(() -> configured(view).render(Map.of("rest", failing), request(), response))
                .hasRootCauseInstanceOf(DataAccessResourceFailureException.class);
        return response;
    }

    private MockHttpServletResponse render(AbstractTemplateView view, Supplier<String> rest) throws Exception {
        MockHttpServletResponse response = response();
        configured(view).render(Map.of("rest", rest), request(), response);
        return response;
    }

    private static AbstractTemplateView configured(AbstractTemplateView view) {
        view.setApplicationContext(CONTEXT);
        view.setUrl("long.jte");
        view.setContentType("text/html"); // as jte's resolver sets it
        return view;
    }

    /** As the dispatcher servlet hands it to a view: Spring's macro helpers look the context up there. */
    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, CONTEXT);
        return request;
    }

    private static MockHttpServletResponse response() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setBufferSize(TOMCAT_BUFFER);
        return response;
    }

    private TemplateEngine templates() {
        CodeResolver onePage = new CodeResolver() {
            @Override
            public String resolve(String name) {
                return "long.jte".equals(name) ? LONG_PAGE : null;
            }

            @Override
            public long getLastModified(String name) {
                return 0;
            }
        };
        return TemplateEngine.create(onePage, compiled, ContentType.Html);
    }
}

package app.temple.site.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A page rendered whole into memory before its first byte is sent. jte's own view writes into the response while it
 * renders, so a page longer than Tomcat's 8 KiB buffer leaves in part, as a chunked body with no length. Whatever
 * fails after that (the database going away during a read the page still makes, or the session being saved as the
 * response commits) finds the status and half a page already sent: the connection is cut mid-body, where the 503
 * "back in a moment" page should have answered. Rendered whole, a page fails before anything leaves, and a page sent
 * uncompressed carries its length (a compressed one is chunked by Tomcat's compression, after rendering has ended).
 */
final class WholePageView extends JteView {

    private final TemplateEngine templates;

    WholePageView(TemplateEngine templates) {
        super(templates);
        this.templates = templates;
    }

    @Override
    protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                                             HttpServletResponse response) throws IOException {
        Utf8ByteOutput page = new Utf8ByteOutput();
        templates.render(getUrl(), model, page);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = page.toByteArray();
        response.setContentLength(bytes.length);
        // one write: written part by part, through the two wrappers that count a response's bytes (security's and the
        // session's), a member's article took 23% of its CPU in writing, and 14% in one write, mostly the socket's own
        // (async-profiler, 2026-12-06)
        response.getOutputStream().write(bytes);
    }
}

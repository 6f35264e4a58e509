package app.temple.course.internal;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A lesson's Markdown as HTML that can hold nothing but text and its structure: whatever a file or, later, an editor
 * writes, no script, style or foreign image survives the sanitizer.
 */
final class LessonMarkdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "em", "strong", "code", "pre", "hr",
                    "br", "table", "thead", "tbody", "tr", "th", "td", "a", "del")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private LessonMarkdown() {
    }

    static String html(String markdown) {
        return POLICY.sanitize(HTML.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}

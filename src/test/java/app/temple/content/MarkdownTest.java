package app.temple.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one Markdown policy, as articles and lessons both get it. */
class MarkdownTest {

    @Test
    void aLinkLeavingTheSiteCarriesNoopenerNoreferrerWhateverRelTheSourceGave() {
        String html = Markdown.html("[away](https://example.org/x) <a href=\"https://example.org/y\" rel=\"opener\">y</a>");
        assertThat(html).contains("<a href=\"https://example.org/x\" rel=\"noopener noreferrer\">away</a>",
                "<a href=\"https://example.org/y\" rel=\"noopener noreferrer\">y</a>").doesNotContain("\"opener\"");
    }

    @Test
    void aLinkWithinTheSiteStaysAsWritten() {
        assertThat(Markdown.html("[here](/courses) [there](#part) [protocol-relative](//evil.example/x)"))
                .contains("<a href=\"/courses\">here</a>", "<a href=\"#part\">there</a>")
                .contains("<a href=\"//evil.example/x\" rel=\"noopener noreferrer\">");
    }

    @Test
    void scriptsHandlersForeignImagesAndJavascriptLinksDoNotSurvive() {
        String html = Markdown.html("<script>steal()</script>\n\n<img src=\"https://tracker.example/p.gif\" onerror=\"steal()\">"
                + "\n\n[x](javascript:steal()) <img src=\"/own.png\" alt=\"own\">");
        assertThat(html).doesNotContain("script", "steal", "tracker", "javascript").contains("<img src=\"/own.png\" alt=\"own\" />");
    }

    @Test
    void headingsGetIdsThatNoPageUsesItself() {
        assertThat(Markdown.html("## Reflection\n\n## Safe words")).contains("<h2 id=\"reflection-2\">", "<h2 id=\"safe-words\">");
    }
}

package app.temple.journal.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void scriptsNeverSurvive() {
        String html = renderer.renderFragment("Hello <script>alert(1)</script>\n\n<script src=\"/x.js\"></script>\n\n<iframe src=\"https://evil.example\"></iframe>");
        assertThat(html).doesNotContain("<script", "alert(1)</script>", "<iframe");
    }

    @Test
    void eventHandlersAndStylesAreRemoved() {
        String html = renderer.renderFragment("<p onclick=\"steal()\" style=\"color:red\">Hi</p>\n\n<img src=\"/a.png\" onerror=\"steal()\" alt=\"a\">\n\n<a href=\"/x\" onmouseover=\"steal()\">x</a>");
        assertThat(html).doesNotContain("onclick", "onerror", "onmouseover", "style=", "steal");
        assertThat(html).contains("<p>Hi</p>", "<a href=\"/x\">x</a>");
    }

    @Test
    void javascriptAndDataUrlsAreRemoved() {
        String html = renderer.renderFragment("[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) <a href=\"javascript:alert(3)\">three</a> "
                + "[four](data:text/html;base64,PHNjcmlwdD4=) <a href=\"vbscript:x\">five</a>");
        assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("data:", "vbscript");
        assertThat(html).contains("one", "three");
    }

    @Test
    void imagesOnlyFromThisSite() {
        String html = renderer.renderFragment("![tracker](https://tracker.example/pixel.gif) ![ours](/img/ours.png) ![sneaky](//tracker.example/x.gif)");
        assertThat(html).doesNotContain("tracker.example").contains("src=\"/img/ours.png\"");
    }

    @Test
    void ordinaryMarkdownAndLinksStay() {
        String html = renderer.renderFragment("## A heading\n\nSome *emphasis*, a [link](https://example.org/a) and [an article](/journal/x).\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<h2 id=\"a-heading\">A heading</h2>", "<em>emphasis</em>", "href=\"https://example.org/a\"",
                "href=\"/journal/x\"", "<table>", "<td>1</td>");
    }

    @Test
    void headingsNeverTakeTheIdsThePageItselfUses() {
        String html = renderer.renderFragment("## Main\n\n## Main\n\n<h2 id=\"faq-heading\">Raw</h2>\n\n<a id=\"main\" href=\"/x\">x</a>");
        assertThat(html).contains("<h2 id=\"main-2\">Main</h2>", "<h2 id=\"main-3\">Main</h2>")
                .doesNotContain("id=\"main\"", "id=\"faq-heading\"");
    }

    @Test
    void citationsAreNumberedByFirstUseWithLinksBothWays() {
        ArticleDocument document = ArticleSources.parse("""
                ---
                title: T
                slug: t
                summary: S
                citations:
                  - key: b
                    text: Second in the list
                  - key: a
                    text: First in the list
                    url: https://doi.org/10.1/x
                faq:
                  - q: Why?
                    a: Because [@a].
                ---
                A claim [@a]. Another [@b]. Again [@a].

                > [!PULLQUOTE]
                > Words to remember.
                """);
        RenderedArticle rendered = renderer.render(document);

        assertThat(rendered.bodyHtml()).contains("<sup class=\"cite\"><a href=\"#ref-1\" id=\"cite-1-1\">1</a></sup>",
                "<a href=\"#ref-2\" id=\"cite-2-1\">2</a>", "id=\"cite-1-2\"", "<blockquote class=\"pullquote\"><p>Words to remember.");
        assertThat(rendered.faq().getFirst().answerHtml()).contains("href=\"#ref-1\" id=\"cite-1-3\"");
        assertThat(rendered.references()).extracting(RenderedArticle.Reference::text).containsExactly("First in the list", "Second in the list");
        assertThat(rendered.references().getFirst().backlinks()).containsExactly("cite-1-1", "cite-1-2", "cite-1-3");
        assertThat(rendered.references().getFirst().url()).isEqualTo("https://doi.org/10.1/x");
    }

    @Test
    void anUnknownCitationKeyIsAnError() {
        assertThatThrownBy(() -> ArticleSources.parse("---\ntitle: T\nslug: t\nsummary: S\n---\nA claim [@nobody].\n"))
                .hasMessageContaining("[@nobody]");
    }

    @Test
    void reservedAndMalformedSlugsAreRefused() {
        assertThatThrownBy(() -> ArticleSources.parse("---\ntitle: T\nslug: search\nsummary: S\n---\nx\n")).hasMessageContaining("slug");
        assertThatThrownBy(() -> ArticleSources.parse("---\ntitle: T\nslug: Not A Slug\nsummary: S\n---\nx\n")).hasMessageContaining("slug");
    }

    @Test
    void searchSnippetsEscapeEverythingButTheMarks() {
        assertThat(JournalSearch.highlight("a <b>bold</b> ⟦word⟧ & more"))
                .isEqualTo("a &lt;b&gt;bold&lt;/b&gt; <mark>word</mark> &amp; more");
    }

    @Test
    void plainTextKeepsWordsAndDropsMarkupAddressesAndCitationKeys() {
        ArticleDocument document = ArticleSources.parse("""
                ---
                title: T
                slug: plain-words
                summary: S
                citations:
                  - key: k
                    text: A source.
                faq:
                  - q: Why?
                    a: "See [the study](https://doi.org/10.1000/xyz) [@k]."
                ---
                ## A **bold** heading

                Read [our guide](/journal/sv/other) and <https://example.org/raw>, or <em>this</em> [@k].

                > [!PULLQUOTE]
                > A quote.

                | a | b |
                |---|---|
                | left | right |
                """);
        String text = renderer.plainText(document);
        assertThat(text).contains("A bold heading", "Read our guide and", "this.", "A quote.", "left right", "See the study.")
                .doesNotContain("**", "](", "http", "/journal/sv/other", "<em>", "[@", "[!PULLQUOTE]", "doi.org");
    }

    @Test
    void aSummaryBecomesPlainWords() {
        assertThat(MarkdownRenderer.plainWords("Why *desire* differs, per [a study](https://x.example) [@k].\n  And more."))
                .isEqualTo("Why desire differs, per a study. And more.");
    }
}

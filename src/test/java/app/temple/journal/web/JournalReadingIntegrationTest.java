package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader gets from the Journal's public pages, over plain HTTP. */
@TempleIntegrationTest
class JournalReadingIntegrationTest {

    static final String ARTICLE = "/journal/what-are-intimacy-issues";
    static final String SWEDISH = "/journal/sv/what-are-intimacy-issues";

    @LocalServerPort
    int port;

    @Test
    void theIndexListsArticlesWithTagsAndTheSearchForm() {
        HttpResponse<String> index = http().get("/journal");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("href=\"/journal/tags/science-based\"", "action=\"/journal/search\"", "/css/journal");
        assertThat(cards(index.body())).hasSize(JournalController.PAGE_SIZE);
        StringBuilder everyPage = new StringBuilder(index.body());
        for (int number = 2; everyPage.toString().contains("href=\"/journal?page=" + number + "\""); number++) {
            everyPage.append(http().get("/journal?page=" + number).body());
        }
        assertThat(cards(everyPage.toString())).contains(ARTICLE);
    }

    @Test
    void theIndexPaginates() {
        String first = http().get("/journal").body();
        assertThat(first).contains("href=\"/journal?page=2\"");
        HttpResponse<String> second = http().get("/journal?page=2");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(cards(second.body())).doesNotContainAnyElementsOf(cards(first));
    }

    @Test
    void anArticleHasItsPartsAndItsSupportBox() {
        String page = http().get(ARTICLE).body();
        assertThat(page).contains("<h1", "What are intimacy issues?", "class=\"pullquote\"", "<details", "<summary>Is it a mental health condition?</summary>",
                "href=\"#ref-1\"", "id=\"ref-1\"", "href=\"#cite-1-1\"", "href=\"/journal/authors/temple-editorial\"",
                "href=\"/quizzes/nervous-system\"", "href=\"/courses/foundation/f1-1\"",
                "If you have pain during sex", "href=\"/help\"", "class=\"reading-progress\"", "rel=\"canonical\"",
                "hreflang=\"sv\"", "og:title", "twitter:card");
        assertThat(page).doesNotContain("[@", "[!PULLQUOTE]");
        assertThat(page).as("no qualified reviewer has read it yet, so the page claims no review")
                .doesNotContain("Reviewed by", "Last reviewed").contains("Clinical review pending");
    }

    @Test
    void faqAnswersLinkTheirCitationsToo() {
        String page = http().get(ARTICLE).body();
        String faq = page.substring(page.indexOf("faq-heading"), page.indexOf("references-heading"));
        assertThat(faq).contains("<sup class=\"cite\"><a href=\"#ref-");
    }

    @Test
    void jsonLdIsValidArticleAndFaqPage() {
        HttpResponse<String> response = http().get(ARTICLE);
        // data blocks, never run: a page every visitor shares has no nonce to give them
        Matcher scripts = Pattern.compile("<script type=\"application/ld\\+json\"( nonce=\"[^\"]+\")?>(.*?)</script>", Pattern.DOTALL)
                .matcher(response.body());
        List<String> types = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        while (scripts.find()) {
            JsonNode data = json.readTree(scripts.group(2));
            assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
            types.add(data.get("@type").asString());
            if (data.get("@type").asString().equals("Article")) {
                assertThat(data.get("headline").asString()).isEqualTo("What are intimacy issues?");
                assertThat(data.get("inLanguage").asString()).isEqualTo("en");
            } else {
                assertThat(data.get("mainEntity").size()).isGreaterThan(2);
                assertThat(data.get("mainEntity").get(0).get("acceptedAnswer").get("text").asString()).doesNotContain("<");
            }
        }
        assertThat(types).containsExactly("Article", "FAQPage");
    }

    @Test
    void theSwedishVersionLinksToTheEnglishAndReadsInSwedish() {
        String page = http().get(SWEDISH).body();
        assertThat(page).contains("Vad är intimitetsproblem?", "hreflang=\"en\"", "href=\"" + ARTICLE + "\"", "lang=\"sv\"");
        assertThat(http().get(ARTICLE).body()).contains("href=\"" + SWEDISH + "\"");
    }

    @Test
    void swedishReadersGetSwedishTagsWhosePagesListSwedishArticles() {
        String index = http().get("/journal", "Accept-Language", "sv").body();
        assertThat(index).contains("href=\"/journal/tags/forskningsbaserat\"", "Självkännedom ger styrka")
                .doesNotContain("href=\"/journal/tags/science-based\"");
        assertThat(http().get(SWEDISH).body()).contains("href=\"/journal/tags/sjalvkannedom-ger-styrka\"");
        HttpResponse<String> tag = http().get("/journal/tags/sjalvkannedom-ger-styrka", "Accept-Language", "sv");
        assertThat(tag.statusCode()).isEqualTo(200);
        assertThat(tag.body()).contains("Självkännedom ger styrka");
        assertThat(cards(tag.body())).isNotEmpty().allMatch(path -> path.startsWith("/journal/sv/"));
    }

    @Test
    void tagAndAuthorPagesListTheirArticles() {
        HttpResponse<String> tag = http().get("/journal/tags/science-based");
        assertThat(tag.statusCode()).isEqualTo(200);
        assertThat(tag.body()).contains("Science-based");
        assertThat(cards(tag.body())).isNotEmpty();
        HttpResponse<String> author = http().get("/journal/authors/temple-editorial");
        assertThat(author.statusCode()).isEqualTo(200);
        assertThat(author.body()).contains("Temple editorial team", "editors write the Journal");
        assertThat(cards(author.body())).isNotEmpty();
        assertThat(http().get("/journal/tags/no-such-tag").statusCode()).isEqualTo(404);
        assertThat(http().get("/journal/authors/nobody").statusCode()).isEqualTo(404);
        assertThat(http().get("/journal/no-such-article").statusCode()).isEqualTo(404);
    }

    @Test
    void relatedArticlesShareTags() {
        String page = http().get(ARTICLE).body();
        String related = page.substring(page.indexOf("related-heading"));
        assertThat(cards(related)).hasSize(3).doesNotContain(ARTICLE);
    }

    @Test
    void anUnchangedArticleAnswersAConditionalRequestWith304() {
        HttpResponse<String> first = http().get(ARTICLE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();

        HttpResponse<String> again = http().get(ARTICLE, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(http().get(ARTICLE, "If-None-Match", etag, "Cookie", "lang=sv").statusCode())
                .as("another interface language is another page").isIn(200, 304);
        assertThat(http().get(ARTICLE).headers().firstValue("ETag")).as("the same page keeps its ETag").hasValue(etag);
    }

    @Test
    void searchFindsEnglishAndSwedishWordsWithHighlightedSnippets() {
        String english = http().get("/journal/search?q=" + encode("attachment anxiety")).body();
        assertThat(english).contains("href=\"/journal/attachment-styles-adult-relationships\"", "<mark>");

        // "intimitetsproblemen" only matches "intimitetsproblem" through Swedish stemming
        String swedish = http().get("/journal/search?q=" + encode("intimitetsproblemen")).body();
        assertThat(swedish).contains("href=\"" + SWEDISH + "\"", "<mark>");
    }

    @Test
    void searchAnswersHtmxWithTheResultsAlone() {
        HttpResponse<String> fragment = http().get("/journal/search?q=stress", "HX-Request", "true");
        assertThat(fragment.body()).startsWith("<div id=\"search-results\"").doesNotContain("<html");
    }

    @Test
    void searchEscapesEverythingButTheMarks() {
        String page = http().get("/journal/search?q=" + encode("<script>alert(1)</script> stress")).body();
        assertThat(page).doesNotContain("<script>alert(1)");
    }

    private static List<String> cards(String html) {
        Matcher links = Pattern.compile("<li class=\"card\"[^>]*>\\s*<h[23]><a href=\"([^\"]+)\"").matcher(html);
        List<String> paths = new ArrayList<>();
        while (links.find()) {
            paths.add(links.group(1));
        }
        return paths;
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private Http http() {
        return new Http(port);
    }
}

package app.temple.journal.internal;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.content.ContentFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists in the reader's language: an article that exists only in English says so on a Swedish list (index, tag,
 * author and search), and a Swedish list links to the Swedish version wherever there is one. Lists show each
 * article's reading time and a plain-text excerpt; search snippets are words, never markup or addresses.
 */
@TempleIntegrationTest
class ReadersLanguageListsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleFiles files;
    @Autowired
    Articles articles;

    @Test
    void anEnglishArticleOnASwedishListSaysSoOnTagAuthorAndSearchLists() {
        String word = "zephyrwort" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        String slug = "only-english-" + UUID.randomUUID().toString().substring(0, 8);
        String tag = "only-english-" + slug;
        files.load(new ContentFile("journal/" + slug + ".md", """
                ---
                title: Only in English
                slug: %s
                language: en
                author: andrea-leijon
                tags: [%s]
                summary: An article nobody has translated yet, about %s.
                published: 2020-01-01
                ---
                The %s grows by the sea.
                """.formatted(slug, tag, word, word), slug));

        for (String list : new String[] {"/journal/tags/" + tag, "/journal/authors/andrea-leijon", "/journal/search?q=" + word}) {
            Element card = cardOf(swedish(list), "/journal/" + slug);
            assertThat(card.text()).as(list).contains("På engelska");
            assertThat(card.selectFirst("a").attr("lang")).as(list + ": the title is marked English").isEqualTo("en");
            assertThat(card.select("[lang=en]").text()).as(list + ": the label is Swedish, not marked English").doesNotContain("På engelska");
        }
        Element english = cardOf(Jsoup.parse(new Http(port).get("/journal/tags/" + tag).body()), "/journal/" + slug);
        assertThat(english.text()).doesNotContain("På engelska", "In English");
    }

    @Test
    void aSwedishListLinksToSwedishVersionsWithReadingTimeAndAPlainExcerpt() {
        Document index = swedish("/journal");
        assertThat(index.select("li.card")).isNotEmpty().allSatisfy(card -> {
            // other tests in this context publish English-only articles; those must say so, the rest are Swedish
            if (card.select(".in-language").isEmpty()) {
                assertThat(card.selectFirst("a").attr("href")).startsWith("/journal/sv/");
            } else {
                assertThat(card.selectFirst("a").attr("lang")).isEqualTo("en");
            }
            assertThat(card.select(".meta").text()).containsPattern("\\d+ minut(s|ers) läsning");
            assertThat(card.select(".excerpt").text()).isNotBlank().doesNotContain("[@", "](", "http", "*");
        });
        // English words that match an original lead a Swedish reader to its Swedish version
        Document search = swedish("/journal/search?q=" + URLEncoder.encode("attachment anxiety", StandardCharsets.UTF_8));
        assertThat(search.select("li.card a").eachAttr("href")).contains("/journal/sv/attachment-styles-adult-relationships")
                .noneMatch(href -> href.equals("/journal/attachment-styles-adult-relationships"));
    }

    @Test
    void theEnglishIndexShowsReadingTimeAndAnExcerptPerArticle() {
        Document index = Jsoup.parse(new Http(port).get("/journal").body());
        assertThat(index.select("li.card")).isNotEmpty().allSatisfy(card -> {
            assertThat(card.select(".meta").text()).containsPattern("\\d+ minutes? read");
            assertThat(card.select(".excerpt").text().split(" ").length).isBetween(3, 31);
        });
    }

    @Test
    void searchSnippetsAreTextWithoutMarkupAddressesOrCitationKeys() {
        for (String words : new String[] {"doi", "https", "journal", "stress", "attachment", "desire"}) {
            Document results = Jsoup.parse(new Http(port).get("/journal/search?q=" + words).body());
            for (Element snippet : results.select(".snippet")) {
                assertThat(snippet.select("*").not(".snippet").not("mark")).as(words + ": only marks inside a snippet").isEmpty();
                assertThat(snippet.text()).as(words).doesNotContain("http", "www.", "[@", "](", "**", "##", "/journal/");
            }
        }
    }

    @Test
    void noSwedishJournalPageLinksToAnEnglishArticleThatHasASwedishVersion() {
        Set<String> translated = new TreeSet<>();
        articles.allPublished().stream().filter(article -> article.language().equals("sv"))
                .forEach(article -> translated.add("/journal/" + article.work()));
        Deque<String> queue = new ArrayDeque<>(List.of("/journal"));
        Set<String> seen = new TreeSet<>(queue);
        Map<String, String> wrong = new TreeMap<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            // the language switch and the "also available in" links name their language; every other link is the page's
            for (Element link : swedish(path).select("main a[href^=/journal]:not([hreflang])")) {
                String href = link.attr("href").replaceAll("#.*", "");
                if (translated.contains(href)) {
                    wrong.put(href, path);
                }
                if (!href.contains("feed") && seen.size() < 400 && seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        assertThat(seen).as("the walk got around").hasSizeGreaterThan(20);
        assertThat(wrong).as("English addresses of translated articles, with the Swedish page that links them").isEmpty();
    }

    private Document swedish(String path) {
        return Jsoup.parse(new Http(port).get(path, "Accept-Language", "sv").body());
    }

    private static Element cardOf(Document page, String path) {
        Element link = page.selectFirst("li.card a[href=" + path + "]");
        assertThat(link).as(path + " is listed").isNotNull();
        return link.closest("li.card");
    }
}

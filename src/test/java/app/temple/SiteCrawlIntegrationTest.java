package app.temple;

import app.temple.billing.internal.Grants;
import app.temple.course.CourseFixtures;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.QuizTaker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page reachable from the home page, the Journal and the quizzes, as a visitor and as a member who holds a
 * course grant: no internal link answers 404 (or fails on the server). Quiz results answer a POST, so no link leads to
 * them: each quiz is taken and its result page's links are followed too.
 */
@TempleIntegrationTest
class SiteCrawlIntegrationTest {

    private static final List<String> START = List.of("/", "/journal", "/quizzes");
    private static final int MOST_PAGES = 3000;

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;

    @Test
    void asAVisitorNoInternalLinkIsBroken() {
        Crawl crawl = crawlAs(new Visitor(port));
        assertThat(crawl.statuses).containsEntry("/courses/foundation/f1-2", 200);
        assertNothingBroken(crawl, "visitor");
    }

    @Test
    void asAMemberWithACourseGrantNoInternalLinkIsBroken() {
        Crawl crawl = crawlAs(CourseFixtures.memberWithFoundation(port, outbox, jdbc, grants, "crawl"));
        // with no reflections yet, her home offers a lesson to begin with rather than an empty reflections page
        assertThat(crawl.statuses).as("her own pages were crawled").containsEntry("/account", 200)
                .containsEntry("/account/settings", 200).containsEntry("/account/sessions", 200);
        assertNothingBroken(crawl, "member");
    }

    private Crawl crawlAs(Visitor reader) {
        Crawl crawl = new Crawl(reader);
        START.forEach(start -> crawl.follow(start, "(start)"));
        QuizTaker.TAKES.forEach((slug, choices) -> {
            HttpResponse<String> result = new QuizTaker(reader).take(slug, choices);
            assertThat(result.statusCode()).as("the result of " + slug).isEqualTo(200);
            crawl.followLinksOf(result.body(), "(result of quiz " + slug + ")");
        });
        crawl.run();
        assertThat(crawl.statuses).as("the crawl got around").hasSizeGreaterThan(100)
                .containsEntry("/courses/exploration/e1-1", 200).containsEntry("/sessions/trauma-informed-therapy", 200);
        return crawl;
    }

    private static void assertNothingBroken(Crawl crawl, String who) {
        Map<String, Set<String>> broken = new TreeMap<>();
        crawl.statuses.forEach((path, status) -> {
            if (status == 404 || status >= 500) {
                broken.put(path + " -> " + status, crawl.linkedFrom.get(path));
            }
        });
        assertThat(broken).as("internal links that answer 404 or fail, with the pages that link them, as " + who).isEmpty();
    }

    /** A breadth-first walk over the site's own links, remembering each page's answer and who links to it. */
    private final class Crawl {

        private final Visitor reader;
        private final Deque<String> queue = new ArrayDeque<>();
        final Map<String, Integer> statuses = new LinkedHashMap<>();
        final Map<String, Set<String>> linkedFrom = new LinkedHashMap<>();

        Crawl(Visitor reader) {
            this.reader = reader;
        }

        void follow(String path, String from) {
            linkedFrom.computeIfAbsent(path, p -> new TreeSet<>()).add(from);
            if (!statuses.containsKey(path) && !queue.contains(path)) {
                queue.add(path);
            }
        }

        void followLinksOf(String html, String from) {
            for (Element link : Jsoup.parse(html).select("a[href]:not([hreflang])")) {
                internal(link.attr("href")).ifPresent(path -> follow(path, from));
            }
        }

        void run() {
            while (!queue.isEmpty()) {
                assertThat(statuses).as("a crawl that ends").hasSizeLessThan(MOST_PAGES);
                String path = queue.poll();
                HttpResponse<String> response = reader.get(path);
                statuses.put(path, response.statusCode());
                if (response.statusCode() / 100 == 3) {
                    internal(Visitor.location(response)).ifPresent(target -> follow(target, path));
                } else if (response.statusCode() == 200
                        && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    followLinksOf(response.body(), path);
                }
            }
        }

        /** The path and query of a link to this site, without its fragment; a language switch is not followed. */
        private Optional<String> internal(String href) {
            String origin = "http://localhost:" + port;
            String local = href.startsWith(origin) ? href.substring(origin.length()) : href;
            if (!local.startsWith("/") || local.startsWith("//")) {
                return Optional.empty();
            }
            URI uri = URI.create(local.replace(" ", "%20"));
            String path = uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery();
            if (query != null && query.matches("(.*&)?lang=.*")) {
                return Optional.empty();
            }
            return Optional.of(query == null ? path : path + "?" + query);
        }
    }
}

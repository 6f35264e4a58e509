package app.temple.site;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class SitePagesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void privacyPageStatesAllSevenPromises() {
        String body = new Http(port).get("/privacy").body();

        assertThat(body.split("<li>\\s*<h2>", -1)).hasSize(8);
        assertThat(body).contains("leaves no trace", "talks only to us", "encrypted", "take or to erase",
                "who looked", "item by item", "discreet");
    }

    @Test
    void helpPageListsTheSwedishLinesWithCallableNumbersAndTheCheckDate() {
        String body = new Http(port).get("/help", "Accept-Language", "sv").body();

        assertThat(body).contains("href=\"tel:112\"", "href=\"tel:1177\"", "020-50 50 50", "90101")
                .containsPattern("den 20\\d\\d-\\d\\d-\\d\\d");
        assertThat(body.indexOf("Sverige")).isLessThan(body.indexOf("Storbritannien"));
    }

    @Test
    void everyPageOffersQuickExitAndGetHelp() {
        for (String path : new String[] {"/", "/privacy", "/help"}) {
            String body = new Http(port).get(path).body();
            assertThat(body).as(path).contains("data-quick-exit", "href=\"/help\"", "href=\"#main\"");
        }
    }

    @Test
    void homeLeadsWithTheQuizThenTheJournalTheCoursesAndTheSessions() {
        String body = new Http(port).get("/").body();

        int invitation = body.indexOf("<a class=\"button\" href=\"/quizzes\">Take a private 3-minute quiz</a>");
        int journal = body.indexOf("From the Journal");
        int courses = body.indexOf("href=\"/courses/foundation\"");
        int sessions = body.indexOf("href=\"/sessions\">Meet the practitioners");
        assertThat(invitation).as("the one invitation").isPositive();
        assertThat(List.of(invitation, journal, courses, sessions)).as("in this order").isSorted();
        assertThat(body).contains("href=\"/courses/exploration\"", "href=\"/journal/responsive-vs-spontaneous-desire\"")
                .containsOnlyOnce("class=\"button\"");
    }

    @Test
    void homeOffersTheNewestArticleAndTheFeaturedOneInTheReadersLanguage() {
        String english = new Http(port).get("/").body();
        String swedish = new Http(port).get("/", "Accept-Language", "sv-SE").body();

        assertThat(english).contains("Newest", "A good place to start", "href=\"/journal/responsive-vs-spontaneous-desire\"");
        assertThat(swedish).contains("<a class=\"button\" href=\"/quizzes\">Gör ett privat quiz på 3 minuter</a>",
                "Senast", "Ett bra ställe att börja", "href=\"/journal/sv/responsive-vs-spontaneous-desire\"");
    }

    @Test
    void homeDrawingIsDecorationAndTheHeadingFontIsOurOwn() {
        String body = new Http(port).get("/").body();
        assertThat(body).contains("<svg class=\"home-art\"", "aria-hidden=\"true\"");

        var css = java.util.regex.Pattern.compile("href=\"(/css/temple-[0-9a-f]{32}\\.css)\"").matcher(body);
        assertThat(css.find()).isTrue();
        String stylesheet = new Http(port).get(css.group(1)).body();
        var font = java.util.regex.Pattern.compile("url\\((/css/fonts/fraunces-latin-600-normal-[0-9a-f]{32}\\.woff2)\\)").matcher(stylesheet);
        assertThat(font.find()).as("the font linked by its content-hashed name, from this origin").isTrue();
        assertThat(stylesheet).contains("font-display: swap");
        var response = new Http(port).get(font.group(1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    }

    @Test
    void assetsHaveContentHashedNamesAndLongLivedCaching() {
        String body = new Http(port).get("/").body();
        var css = java.util.regex.Pattern.compile("href=\"(/css/temple-[0-9a-f]{32}\\.css)\"").matcher(body);
        assertThat(css.find()).as("a fingerprinted stylesheet link").isTrue();

        var response = new Http(port).get(css.group(1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "public", "immutable");
        String htmx = body.replaceAll("(?s).*src=\"(/webjars/htmx[^\"]+)\".*", "$1");
        assertThat(new Http(port).get(htmx).headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    }
}

package app.temple.site;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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
    void homeOffersTheFourPaths() {
        String body = new Http(port).get("/").body();

        assertThat(body).contains("Read the Journal", "Take a private quiz", "Learn at your own pace", "Talk to someone");
    }

    @Test
    void homeLinksToThePrivateQuizzesInEnglishAndSwedish() {
        assertThat(new Http(port).get("/").body()).contains("<a href=\"/quizzes\">Take a private quiz</a>");
        assertThat(new Http(port).get("/", "Accept-Language", "sv-SE").body())
                .contains("<a href=\"/quizzes\">Gör ett privat quiz</a>");
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

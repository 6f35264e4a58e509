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
    void helpPageListsTheSwedishLinesWithCallableNumbersAndHowAndWhenEachWasChecked() {
        String body = new Http(port).get("/help", "Accept-Language", "sv").body();

        assertThat(body).contains("href=\"tel:112\"", "href=\"tel:1177\"", "020-50 50 50", "90101",
                        "Kontrollerat den 21 november 2026: numret på SOS Alarms egen sida om 112")
                .doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d<").doesNotContain("against the service", "Checked on");
        assertThat(body.indexOf("Sverige")).isLessThan(body.indexOf("Storbritannien"));
        String suicideLine = body.substring(body.indexOf("Självmordslinjen (Mind)"), body.indexOf("region-gb"));
        assertThat(suicideLine).as("seen on other pages than Mind's own, and says so")
                .contains("ki.se/nasp", "Ännu inte bekräftat på tjänstens egen webbplats.");
    }

    @Test
    void helpPageSaysWhereEachNumberWasSeenAndShowsNoUnconfirmedNumber() {
        String body = new Http(port).get("/help").body();

        assertThat(body).doesNotContain("against the service's own website on")
                .contains("Checked on 21 November 2026: the number, that it is free and that the volunteer cannot see your number on Samaritans", "Confirmed on the service's own website.",
                        "Not yet confirmed on the service's own website.");
        String rapeCrisis = body.substring(body.indexOf("Rape and Sexual Abuse Support Line"), body.indexOf("region-us"));
        assertThat(rapeCrisis).contains("href=\"https://247sexualabusesupport.org.uk\"",
                "We have not yet confirmed the phone number on the service's own website").doesNotContain("tel:");
    }

    @Test
    void aboutPageSaysWhoRunsTempleHowItWritesAndReviewsHowItIsPaidForAndWhatItNeverDoes() {
        String english = new Http(port).get("/about").body();
        assertThat(english).contains("<h1>About Temple</h1>", "Andrea Leijon", "href=\"/journal/authors/andrea-leijon\"",
                "id=\"how-we-write\"", "clinical review is pending", "trauma-informed clinician", "Members pay for courses",
                "There is no advertising", "href=\"/privacy\"", "href=\"/account/privacy\"", "href=\"/help\"");
        String swedish = new Http(port).get("/about", "Accept-Language", "sv").body();
        assertThat(swedish).contains("<h1>Om Temple</h1>", "Temple grundades av Andrea Leijon", "klinisk granskning väntar",
                "traumamedveten", "Det finns ingen reklam").doesNotContain("About Temple", "Members pay");
        assertThat(new Http(port).get("/").body()).as("the footer links to it").contains("href=\"/about\"");
    }

    @Test
    void everyPageOffersQuickExitAndGetHelp() {
        for (String path : new String[] {"/", "/privacy", "/help", "/about"}) {
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

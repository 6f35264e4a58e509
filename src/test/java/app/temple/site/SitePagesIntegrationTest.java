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
        assertThat(body).as("htmx is loaded only by the pages that use it").doesNotContain("/webjars/htmx");
        String journal = new Http(port).get("/journal").body();
        String htmx = journal.replaceAll("(?s).*src=\"(/webjars/htmx[^\"]+)\".*", "$1");
        assertThat(new Http(port).get(htmx).headers().firstValue("Cache-Control").orElse("")).contains("immutable");
    }
}

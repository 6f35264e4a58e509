package app.temple.account.web;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.course.CourseFixtures;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.QuizTaker;
import app.temple.quiz.internal.Quizzes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Her account is a home: a card for each part of her life here, each saying warmly what is there or where to begin
 * (and every link in it leads somewhere real), dates written as she reads them in English and in Swedish, and the
 * settings one level down.
 */
@TempleIntegrationTest
class AccountHomeIntegrationTest {

    /** A date as a machine writes it; never in the visible text of her pages. */
    static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    static final Pattern ENGLISH_DAY = Pattern.compile("\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}\\b");
    static final Pattern SWEDISH_DAY = Pattern.compile("\\b\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \\d{4}\\b");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    app.temple.billing.internal.Grants grants;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;
    @Autowired
    Quizzes quizzes;

    @Test
    void aNewMemberFindsAWarmWordAndAWayToBeginInEveryCard() {
        Visitor her = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("home-empty"));

        Document home = Jsoup.parse(her.get("/account").body());

        assertThat(cardHeadings(home)).containsExactly("Your courses", "Your sessions", "Your quiz results", "My reflections", "Settings");
        assertThat(card(home, "Your courses").text()).contains("You have not begun a course yet");
        assertThat(card(home, "Your courses").select("a").eachAttr("href")).containsExactly("/courses");
        assertThat(card(home, "Your sessions").select("a").eachAttr("href")).containsExactly("/sessions");
        assertThat(card(home, "Your quiz results").select("a").eachAttr("href")).containsExactly("/quizzes");
        assertThat(card(home, "My reflections").text()).contains("for you alone");
        assertThat(card(home, "Settings").select("a").eachAttr("href")).containsExactly("/account/settings");
        assertThat(home.text()).as("the settings live one level down").doesNotContain("Change your password");
        everyLinkInTheCardsLeadsSomewhereReal(her, home);
    }

    @Test
    void herCoursesNextSessionResultsComparisonsAndReflectionsAreOnHerHomeWithDatesAsSheReadsThem() {
        String email = TestMembers.newAddress("home-full");
        Visitor her = CourseFixtures.memberWithFoundationAt(port, outbox, jdbc, grants, email);
        UUID me = TestMembers.idOf(jdbc, email);
        her.get("/courses/foundation/f1-1");
        her.post("/courses/foundation/f1-1/reflection", "reflection", "A private sentence about my body");
        her.get("/courses/foundation/f1-2");
        QuizTaker.takeAndKeep(her);
        String booking = BookingFixtures.bookedSession(practitioners, sessions, me, "home");
        her.get("/account?lang=en");

        Document home = Jsoup.parse(her.get("/account").body());

        Element courses = card(home, "Your courses");
        assertThat(courses.select("a").eachAttr("href")).contains("/courses/foundation/f1-2", "/courses");
        assertThat(courses.text()).contains("Continue Foundation where you left off", "lessons done");
        Element next = card(home, "Your sessions");
        assertThat(next.select("a").eachAttr("href")).containsExactly(booking, "/account/bookings");
        assertThat(next.text()).contains("Long with Test home");
        Element results = card(home, "Your quiz results");
        assertThat(results.text()).contains(quizzes.find("nervous-system").orElseThrow().title().in("en"), "Saved ");
        assertThat(results.select("a").eachAttr("href")).contains("/account/quizzes#h-nervous-system", "/account/quizzes");
        Element reflections = card(home, "My reflections");
        assertThat(reflections.select("a").eachAttr("href")).containsExactly("/courses/foundation/f1-1#reflection", "/account/reflections");
        assertThat(reflections.text()).contains("All your reflections (1)");
        assertThat(home.text()).as("her words stay on her reflections page").doesNotContain("A private sentence");

        assertThat(ENGLISH_DAY.matcher(results.text()).find()).as(results.text()).isTrue();
        assertThat(ENGLISH_DAY.matcher(reflections.text()).find()).as(reflections.text()).isTrue();
        assertThat(ISO_DAY.matcher(home.text()).find()).as(home.text()).isFalse();
        everyLinkInTheCardsLeadsSomewhereReal(her, home);

        Document swedish = Jsoup.parse(her.get("/account?lang=sv").body());
        try {
            assertThat(cardHeadings(swedish)).contains("Dina kurser", "Dina quizresultat", "Mina reflektioner", "Inställningar");
            assertThat(SWEDISH_DAY.matcher(card(swedish, "Dina quizresultat").text()).find()).isTrue();
            assertThat(SWEDISH_DAY.matcher(card(swedish, "Mina reflektioner").text()).find()).isTrue();
            assertThat(ISO_DAY.matcher(swedish.text()).find()).as(swedish.text()).isFalse();
            Document reflectionsPage = Jsoup.parse(her.get("/account/reflections").body());
            assertThat(SWEDISH_DAY.matcher(reflectionsPage.text()).find()).as("her reflections page dates them too").isTrue();
        } finally {
            her.get("/account?lang=en");
        }
    }

    @Test
    void settingsAreOneLevelDownAndSayWhatWasSavedButOnlyInTheirOwnWords() {
        Visitor her = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("home-settings"));

        Document settings = Jsoup.parse(her.get("/account/settings").body());
        assertThat(settings.select("a").eachAttr("href")).contains("/account/security/password", "/account/security/passkeys",
                "/account/security/totp", "/account/security/email", "/account/sessions", "/account/privacy", "/account");
        assertThat(ENGLISH_DAY.matcher(settings.select("dl.facts").text()).find()).as("member since, as she reads it").isTrue();
        assertThat(settings.select("p.notice")).isEmpty();

        assertThat(her.get("/account/settings?saved=password").body()).contains("Saved: your new password is in place.");
        String spoofed = her.get("/account/settings?saved=%3Cb%3EYour+account+is+locked%3C%2Fb%3E").body();
        assertThat(Jsoup.parse(spoofed).select("p.notice")).as("an unknown name shows nothing").isEmpty();
        assertThat(spoofed).doesNotContain("Your account is locked");
    }

    private static List<String> cardHeadings(Document home) {
        return home.select(".cards > section.card > h2").eachText();
    }

    private static Element card(Document home, String heading) {
        return home.select(".cards > section.card").stream().filter(card -> card.selectFirst("h2").text().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + heading + " in " + cardHeadings(home)));
    }

    private static void everyLinkInTheCardsLeadsSomewhereReal(Visitor her, Document home) {
        for (String href : home.select(".cards a").eachAttr("href")) {
            assertThat(her.get(href.replaceFirst("#.*", "")).statusCode()).as(href).isEqualTo(200);
        }
    }
}

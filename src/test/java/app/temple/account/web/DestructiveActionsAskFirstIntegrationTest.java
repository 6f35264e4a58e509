package app.temple.account.web;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.QuizTaker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ending a session, turning off a consent, deleting a result, cancelling a session: each is a quiet link on her page
 * that leads to a step asking once more, and only that step's form (with its CSRF token) does it. Asking changes
 * nothing; asking about what is not hers is a 404.
 */
@TempleIntegrationTest
class DestructiveActionsAskFirstIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;

    @Test
    void endingAnotherDeviceIsAQuietLinkToAStepThatAsksAndOnlyThenEndsIt() {
        String email = TestMembers.newAddress("ask-session");
        Visitor laptop = members().signedIn(email);
        Visitor phone = new Visitor(port);
        TestMembers.signIn(phone, email, TestMembers.PASSWORD);

        Document list = Jsoup.parse(laptop.get("/account/sessions").body());
        assertThat(list.select("form[action='/account/sessions/end']")).as("no one-click button on the list").isEmpty();
        Element quiet = list.selectFirst("a.quiet[href^='/account/sessions/end?handle=']");
        assertThat(quiet).isNotNull();

        Document step = Jsoup.parse(laptop.get(quiet.attr("href")).body());
        assertThat(phone.get("/account").statusCode()).as("asking ends nothing").isEqualTo(200);
        assertThat(step.selectFirst("h1").text()).isEqualTo("Sign out this device?");
        Element form = step.selectFirst("form.confirm-step[method=post][action='/account/sessions/end']");
        assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(step.select("form.confirm-step a").eachAttr("href")).as("a way back").containsExactly("/account/sessions");
        String handle = form.selectFirst("input[name=handle]").attr("value");

        assertThat(redirectPath(laptop.post("/account/sessions/end", "handle", handle))).isEqualTo("/account/sessions?ended");
        assertThat(redirectPath(phone.get("/account"))).isEqualTo("/sign-in");
        assertThat(laptop.get("/account/sessions/end?handle=" + handle).statusCode()).as("nothing left to ask about").isEqualTo(404);
    }

    @Test
    void turningOffAConsentAsksFirstAndSaysItWasSaved() {
        Visitor her = members().signedIn(TestMembers.newAddress("ask-consent"));
        her.get("/account/privacy");
        her.post("/account/privacy/consents/emails/give");
        Document centre = Jsoup.parse(her.get("/account/privacy?saved=on").body());
        assertThat(centre.select("p.notice").text()).isEqualTo("Saved: that is now on.");
        assertThat(centre.select("form[action='/account/privacy/consents/emails/withdraw']")).isEmpty();
        assertThat(centre.select("a.quiet").eachAttr("href"))
                .contains("/account/privacy/consents/emails/withdraw", "/account/privacy/erase");

        Document step = Jsoup.parse(her.get("/account/privacy/consents/emails/withdraw").body());
        assertThat(step.text()).contains("Turn this off?", "no more emails about new courses");
        assertThat(step.select("form.confirm-step").attr("action")).isEqualTo("/account/privacy/consents/emails/withdraw");

        assertThat(redirectPath(her.post("/account/privacy/consents/emails/withdraw"))).isEqualTo("/account/privacy?saved=off#consents");
        assertThat(her.get("/account/privacy?saved=off").body()).contains("Saved: that is now off.");
        assertThat(her.get("/account/privacy/consents/nothing/withdraw").statusCode()).isEqualTo(404);
        assertThat(her.get("/account/privacy/consents/emails/give").statusCode()).as("turning on asks nothing").isEqualTo(404);
    }

    @Test
    void deletingASavedResultOrEndingAComparisonAsksByNameAndDateAndIsHersAlone() {
        Visitor her = members().signedIn(TestMembers.newAddress("ask-result"));
        QuizTaker.takeAndKeep(her);
        Matcher id = Pattern.compile("/account/quizzes/([0-9a-f-]{36})/delete").matcher(her.get("/account/quizzes").body());
        assertThat(id.find()).isTrue();
        String result = "/account/quizzes/" + id.group(1) + "/delete";

        Document step = Jsoup.parse(her.get(result).body());
        assertThat(step.selectFirst("h1").text()).isEqualTo("Delete this result?");
        assertThat(AccountHomeIntegrationTest.ENGLISH_DAY.matcher(step.text()).find()).as(step.text()).isTrue();
        assertThat(step.select("form.confirm-step").attr("action")).isEqualTo(result);
        assertThat(her.get("/account/quizzes/delete-all").body()).contains("Delete all your quiz results?");

        Visitor other = members().signedIn(TestMembers.newAddress("ask-result-other"));
        assertThat(other.get(result).statusCode()).isEqualTo(404);
        assertThat(her.get(result).statusCode()).as("asking deleted nothing").isEqualTo(200);
    }

    @Test
    void cancellingASessionIsAQuietLinkToAStepWithRoomForAReason() {
        String email = TestMembers.newAddress("ask-cancel");
        Visitor her = members().signedIn(email);
        String booking = BookingFixtures.bookedSession(practitioners, sessions, TestMembers.idOf(jdbc, email), "ask");

        Document page = Jsoup.parse(her.get(booking).body());
        assertThat(page.select("form[action$='/cancel']")).as("no one-click cancel on her session's page").isEmpty();
        assertThat(page.select("a.quiet").eachAttr("href")).contains(booking + "/cancel");

        Document step = Jsoup.parse(her.get(booking + "/cancel").body());
        assertThat(step.selectFirst("h1").text()).isEqualTo("Cancel this session?");
        assertThat(step.select("form[action='" + booking + "/cancel'] textarea[name=reason]")).hasSize(1);
        assertThat(step.select("a").eachAttr("href")).contains(booking);
        assertThat(her.get(booking).body()).as("asking cancels nothing").doesNotContain("Your session is cancelled");

        {
            var tooLong = her.post(booking + "/cancel", "reason", "r".repeat(501));
            assertThat(tooLong.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(tooLong.body()).select("textarea[name=reason]").text()).as("her words are kept").hasSize(501);
        }
        assertThat(redirectPath(her.post(booking + "/cancel", "reason", "Something came up"))).isEqualTo(booking + "?cancelled");
        assertThat(her.get(booking + "/cancel").statusCode()).as("a cancelled session has nothing to cancel").isEqualTo(409);
    }

    private TestMembers members() {
        return new TestMembers(port, outbox);
    }
}

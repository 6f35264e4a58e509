package app.temple.quiz;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.internal.HeldResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result she can keep: its page survives a reload and a language switch (drawn again from a sealed cookie in her
 * own browser, never from the server), an altered cookie sends her gently back to the quiz, and "Save this result in
 * a free private account" carries it through sign-up or sign-in and keeps it once, only with her consent, and for a
 * new account only once she has confirmed her address.
 */
@TempleIntegrationTest
class KeptResultIntegrationTest {

    private static final Pattern KEPT_FIELD = Pattern.compile(
            "<input type=\"hidden\" name=\"(keepQuiz|keepVersion|keepOrigin|answers|relationship|safety)\" value=\"([^\"]*)\">");
    /** Answers no other take uses, so finding them in a row or a cookie means the answers leaked there. */
    private static final String[] TAKE = {"5", "4", "1", "2", "5", "4", "3", "1", "4", "5", "2", "1", "1"};
    private static final String ENCODED = String.join("", TAKE);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    HeldResults heldResults;

    @Test
    void theResultSurvivesAReloadAndALanguageSwitchFromASealedSessionCookie() {
        Visitor visitor = new Visitor(port);
        QuizTaker taker = new QuizTaker(visitor);
        HttpResponse<String> first = taker.take("nervous-system", TAKE);
        assertThat(first.uri().getPath()).isEqualTo("/quizzes/nervous-system/result");
        String profile = profileOf(first.body());

        String setCookie = taker.responses.stream().flatMap(r -> r.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith("temple_quiz_result=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Path=/quizzes", "HttpOnly", "SameSite=Lax")
                .doesNotContainIgnoringCase("max-age").doesNotContainIgnoringCase("expires").doesNotContain(ENCODED);

        HttpResponse<String> reloaded = visitor.get("/quizzes/nervous-system/result");
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(profileOf(reloaded.body())).isEqualTo(profile);

        HttpResponse<String> swedish = visitor.get("/quizzes/nervous-system/result?lang=sv");
        assertThat(swedish.statusCode()).isEqualTo(200);
        assertThat(swedish.body()).contains("<html lang=\"sv\"", "Ditt resultat", "Glöm resultatet");
        assertThat(QuizTaker.hidden(swedish.body())).as("a visitor's result page carries no answers").isEmpty();
        assertThat(swedish.body()).as("the method and sources follow, folded").contains("<details", "<summary>");
        assertThat(swedish.body().indexOf("id=\"profile\"")).as("the result comes first")
                .isLessThan(swedish.body().indexOf("id=\"means\""));
    }

    @Test
    void anAlteredOrForeignCookieSendsHerBackToTheQuizGentlyNeverAnError() {
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        String sealed = visitor.cookie("temple_quiz_result").orElseThrow();
        char[] altered = sealed.toCharArray();
        altered[altered.length / 2] = altered[altered.length / 2] == 'A' ? 'B' : 'A';

        for (String value : List.of(new String(altered), "not-base64!", "", "AAAA")) {
            visitor.plantCookie("temple_quiz_result", value, "/quizzes");
            HttpResponse<String> refused = visitor.get("/quizzes/nervous-system/result");
            assertThat(refused.statusCode()).as(value).isEqualTo(302);
            assertThat(redirectPath(refused)).isEqualTo("/quizzes/nervous-system?gone");
            assertThat(refused.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                    .startsWith("temple_quiz_result=;").containsIgnoringCase("Max-Age=0"));
        }
        HttpResponse<String> start = visitor.get("/quizzes/nervous-system?gone");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("That result is no longer here");

        visitor.plantCookie("temple_quiz_result", sealed, "/quizzes");
        assertThat(redirectPath(visitor.get("/quizzes/attachment/result")))
                .as("one quiz's result is not another's").isEqualTo("/quizzes/attachment?gone");
    }

    @Test
    void forgettingTheResultDeletesTheCookie() {
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        HttpResponse<String> forgotten = visitor.post("/quizzes/nervous-system/result/forget");
        assertThat(redirectPath(forgotten)).isEqualTo("/quizzes/nervous-system?forgotten");
        assertThat(visitor.cookie("temple_quiz_result")).isEmpty();
        assertThat(redirectPath(visitor.get("/quizzes/nervous-system/result"))).isEqualTo("/quizzes/nervous-system?gone");
        assertThat(visitor.get("/quizzes/nervous-system?forgotten").body()).contains("Your result is forgotten");
    }

    @Test
    void quickExitDeletesTheResultOnItsWayOut() {
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        HttpResponse<String> left = visitor.get("/quick-exit");
        assertThat(left.statusCode()).isEqualTo(303);
        assertThat(Visitor.location(left)).startsWith("https://");
        assertThat(visitor.cookie("temple_quiz_result")).isEmpty();
        assertThat(redirectPath(visitor.get("/quizzes/nervous-system/result"))).isEqualTo("/quizzes/nervous-system?gone");
    }

    @Test
    void aResultHeldForAnAddressNeverConfirmedIsDeletedWhenItsLinkExpires() {
        String email = TestMembers.newAddress("keep-unconfirmed");
        Visitor visitor = new Visitor(port);
        UUID id = signUpKeeping(visitor, email);

        heldResults.deleteExpired(java.time.Instant.now().plus(java.time.Duration.ofHours(23)));
        assertThat(count("quiz_held_result", id)).as("held while the link still works").isEqualTo(1);
        heldResults.deleteExpired(java.time.Instant.now().plus(java.time.Duration.ofHours(24)).plusSeconds(60));
        assertThat(count("quiz_held_result", id)).isZero();
        new Letters(outbox).confirmAddress(visitor, email);
        assertThat(count("quiz_result", id)).as("an expired link keeps nothing").isZero();
    }

    @Test
    void signingUpKeepsTheResultOnlyOnceHerAddressIsConfirmedAndSignsHerIn() {
        String email = TestMembers.newAddress("keep-sign-up");
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        HttpResponse<String> signedUp = visitor.post("/sign-up", signUp(visitor, email, true));
        assertThat(redirectPath(signedUp)).isEqualTo("/sign-up/check-email");
        UUID id = TestMembers.idOf(jdbc, email);

        assertThat(count("quiz_result", id)).as("nothing is kept before she confirms").isZero();
        byte[] held = jdbc.sql("select sealed from quiz_held_result where member_id = ?").param(id).query(byte[].class).single();
        assertThat(new String(held, StandardCharsets.ISO_8859_1)).as("held sealed").doesNotContain(ENCODED);

        HttpResponse<String> confirmed = new Letters(outbox).confirmAddress(visitor, email);
        assertThat(confirmed.body()).contains("Your email address is confirmed", "you are signed in", "Your result is saved");
        assertThat(count("quiz_result", id)).isEqualTo(1);
        assertThat(count("quiz_held_result", id)).as("no longer held").isZero();
        assertThat(visitor.get("/account/quizzes").statusCode()).as("signed in by confirming, here").isEqualTo(200);
        assertThat(visitor.get("/quizzes/nervous-system/result/keep").body()).contains("Your result is saved");

        HttpResponse<String> again = new Letters(outbox).confirmAddress(visitor, email);
        assertThat(again.body()).as("the link works once").contains("This link no longer works");
        assertThat(count("quiz_result", id)).isEqualTo(1);
    }

    @Test
    void aSignUpShownAgainToFixAMistakeStillCarriesTheResult() {
        String email = TestMembers.newAddress("keep-mistake");
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        String[] fields = signUp(visitor, email, true);
        fields[java.util.Arrays.asList(fields).indexOf("password") + 1] = "short";
        HttpResponse<String> again = visitor.post("/sign-up", fields);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Your quiz result comes along", "name=\"keepConsent\" value=\"yes\"",
                "name=\"answers\" value=\"" + ENCODED + "\"");
    }

    @Test
    void withoutHerConsentNothingIsHeldNorKept() {
        String email = TestMembers.newAddress("keep-no-consent");
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        assertThat(redirectPath(visitor.post("/sign-up", signUp(visitor, email, false)))).isEqualTo("/sign-up/check-email");
        UUID id = TestMembers.idOf(jdbc, email);
        assertThat(count("quiz_held_result", id)).isZero();
        new Letters(outbox).confirmAddress(visitor, email);
        assertThat(count("quiz_result", id)).isZero();
    }

    @Test
    void confirmingInAnotherBrowserKeepsTheResultButSignsNobodyIn() {
        String email = TestMembers.newAddress("keep-elsewhere");
        Visitor visitor = new Visitor(port);
        UUID id = signUpKeeping(visitor, email);

        Visitor elsewhere = new Visitor(port);
        HttpResponse<String> confirmed = new Letters(outbox).confirmAddress(elsewhere, email);
        assertThat(confirmed.body()).contains("sign in to see it");
        assertThat(count("quiz_result", id)).isEqualTo(1);
        assertThat(redirectPath(elsewhere.get("/account/quizzes"))).as("the link is no sign-in elsewhere").startsWith("/sign-in");
        assertThat(redirectPath(visitor.get("/account/quizzes"))).as("nor where it was not pressed").startsWith("/sign-in");
    }

    @Test
    void signingInKeepsTheResultOnceWithHerConsent() {
        String email = TestMembers.newAddress("keep-sign-in");
        new TestMembers(port, outbox).confirmed(email);
        UUID id = TestMembers.idOf(jdbc, email);

        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take("nervous-system", TAKE);
        String[] without = signIn(visitor, email, false);
        assertThat(redirectPath(visitor.post("/sign-in", without))).isEqualTo("/quizzes/nervous-system/result/keep");
        assertThat(count("quiz_result", id)).as("not without her consent").isZero();
        assertThat(visitor.get("/quizzes/nervous-system/result/keep").body())
                .as("signed in, she can still keep it with one button").contains("action=\"/quizzes/nervous-system/save\"");

        Visitor other = new Visitor(port);
        new QuizTaker(other).take("nervous-system", TAKE);
        String[] with = signIn(other, email, true);
        assertThat(redirectPath(other.post("/sign-in", with))).isEqualTo("/quizzes/nervous-system/result/keep");
        assertThat(count("quiz_result", id)).isEqualTo(1);
        assertThat(other.get("/quizzes/nervous-system/result/keep").body()).contains("Your result is saved");

        other.get("/quizzes/nervous-system/result/keep");
        assertThat(redirectPath(other.post("/sign-in", with))).isEqualTo("/quizzes/nervous-system/result/keep");
        assertThat(count("quiz_result", id)).as("the same result is kept once").isEqualTo(1);
        assertThat(count("quiz_held_result", id)).isZero();
    }

    @Test
    void withASecondFactorTheResultIsKeptOnlyOnceHerSignInIsComplete() {
        String email = TestMembers.newAddress("keep-totp");
        String secret = TestMembers.enrolAuthenticator(new TestMembers(port, outbox).signedIn(email));
        UUID id = TestMembers.idOf(jdbc, email);

        Visitor passwordOnly = new Visitor(port);
        new QuizTaker(passwordOnly).take("nervous-system", TAKE);
        assertThat(redirectPath(passwordOnly.post("/sign-in", signIn(passwordOnly, email, true))))
                .isEqualTo("/sign-in/second-factor");
        assertThat(count("quiz_result", id)).as("a password alone keeps nothing").isZero();

        Visitor her = new Visitor(port);
        new QuizTaker(her).take("nervous-system", TAKE);
        assertThat(redirectPath(her.post("/sign-in", signIn(her, email, true)))).isEqualTo("/sign-in/second-factor");
        her.get("/sign-in/second-factor");
        assertThat(redirectPath(her.post("/sign-in/second-factor", "code", TestMembers.totpCode(secret))))
                .isEqualTo("/quizzes/nervous-system/result/keep");
        assertThat(count("quiz_result", id)).isEqualTo(1);
    }

    @Test
    void aMembersSecondPressOfSaveKeepsOneResult() {
        String email = TestMembers.newAddress("keep-twice");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        String result = new QuizTaker(member).take("nervous-system", TAKE).body();
        Matcher origin = Pattern.compile("name=\"keepOrigin\" value=\"([0-9a-f-]{36})\"").matcher(result);
        assertThat(origin.find()).as(result).isTrue();
        List<String> fields = new ArrayList<>(QuizTaker.hidden(result));
        fields.addAll(List.of("keepOrigin", origin.group(1), "consent", "yes"));
        member.post("/quizzes/nervous-system/save", fields.toArray(String[]::new));
        member.get("/quizzes/nervous-system/result");
        member.post("/quizzes/nervous-system/save", fields.toArray(String[]::new));
        assertThat(count("quiz_result", id)).isEqualTo(1);
    }

    /** She finishes the quiz and signs up from its keeping page, agreeing to keep it; returns her new account's id. */
    private UUID signUpKeeping(Visitor visitor, String email) {
        new QuizTaker(visitor).take("nervous-system", TAKE);
        assertThat(redirectPath(visitor.post("/sign-up", signUp(visitor, email, true)))).isEqualTo("/sign-up/check-email");
        return TestMembers.idOf(jdbc, email);
    }

    private String[] signUp(Visitor visitor, String email, boolean consent) {
        return keeping(visitor, consent, "email", email, "displayName", "Robin", "password", TestMembers.PASSWORD);
    }

    private String[] signIn(Visitor visitor, String email, boolean consent) {
        return keeping(visitor, consent, "email", email, "password", TestMembers.PASSWORD,
                "next", "/quizzes/nervous-system/result/keep");
    }

    /** A keeping form as she fills it in: its hidden fields, what she types, and her consent if she gives it. */
    private static String[] keeping(Visitor visitor, boolean consent, String... typed) {
        List<String> fields = keptFields(visitor);
        Collections.addAll(fields, typed);
        if (consent) {
            fields.addAll(List.of("keepConsent", "yes"));
        }
        return fields.toArray(String[]::new);
    }

    /** The hidden fields of the keeping page's forms (both carry the same), read as a browser would. */
    private static List<String> keptFields(Visitor visitor) {
        HttpResponse<String> page = visitor.get("/quizzes/nervous-system/result/keep");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = KEPT_FIELD.matcher(page.body());
        while (matcher.find()) {
            fields.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        assertThat(fields).containsKeys("keepQuiz", "keepVersion", "keepOrigin", "answers");
        assertThat(fields.get("answers")).isEqualTo(ENCODED);
        List<String> flat = new ArrayList<>();
        fields.forEach((name, value) -> Collections.addAll(flat, name, value));
        return flat;
    }

    private static String profileOf(String body) {
        Matcher matcher = Pattern.compile("<h2 id=\"profile\">([^<]+)</h2>").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private int count(String table, UUID member) {
        return jdbc.sql("select count(*) from " + table + " where member_id = ?").param(member).query(Integer.class).single();
    }
}

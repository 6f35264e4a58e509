package app.temple.quiz;

import app.temple.TestMembers;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** The quiz pages over HTTP: screens, going back, bad posts, the safety gate, saving, history, the API. */
@TempleIntegrationTest
class QuizWebIntegrationTest {

    static final String PASSWORD = "velvet harbour lantern orbit";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    app.temple.account.Accounts accounts;

    private final java.util.Map<Visitor, String> emails = new java.util.HashMap<>();

    @Test
    void theIndexIntroductionAndHowItWorksPages() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/quizzes").body()).contains("Nervous System", "Desire Journey", "Communication Style", "Attachment",
                "Sexual Shame");
        String intro = visitor.get("/quizzes/nervous-system").body();
        assertThat(intro).contains("13 questions, about 2 minutes", "not a diagnosis", "Your answers are not stored");
        String how = visitor.get("/quizzes/communication-style/how-it-works").body();
        assertThat(how).contains("Gentle start", "at least two thirds of its questions, and at least two", "version 3",
                        "The largest need above 50 sets your profile", "Steady connector")
                .doesNotContain("three quarters");
        assertThat(visitor.get("/quizzes/attachment/how-it-works?lang=sv").body())
                .contains("minst två tredjedelar", "först över 50", "Fraley &amp; Brumbaugh, 2004");
        assertThat(visitor.get("/quizzes/no-such-quiz").statusCode()).isEqualTo(404);
    }

    @Test
    void oneQuestionPerScreenWithProgressBackAndForward() {
        Visitor visitor = new Visitor(port);
        QuizTaker taker = new QuizTaker(visitor);
        String screen = visitor.get("/quizzes/nervous-system/questions").body();
        assertThat(QuizTaker.progress(screen)).containsExactly(1, 13);
        assertThat(screen).contains("Question 1 of 13", "hx-post=\"/quizzes/nervous-system/answer\"", "Prefer not to answer",
                "data-quick-exit");
        screen = taker.answer("nervous-system", screen, "4", "next").body();
        screen = taker.answer("nervous-system", screen, "x", "next").body();
        assertThat(QuizTaker.progress(screen)).containsExactly(3, 13);
        screen = taker.answer("nervous-system", screen, null, "back").body();
        assertThat(QuizTaker.progress(screen)).containsExactly(2, 13);
        assertThat(screen).as("the skip is remembered").contains("value=\"x\" checked");
        screen = taker.answer("nervous-system", screen, null, "back").body();
        assertThat(screen).contains("value=\"4\" checked");
        assertThat(QuizTaker.hidden(screen)).containsSequence("answers", "4x...........");
    }

    @Test
    void goingOnWithoutAnAnswerIsRefusedAndLosesNothing() {
        Visitor visitor = new Visitor(port);
        QuizTaker taker = new QuizTaker(visitor);
        String screen = taker.answer("attachment", visitor.get("/quizzes/attachment/questions").body(), "2", "next").body();
        HttpResponse<String> refused = taker.answer("attachment", screen, null, "next");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose an answer", "Question 2 of 13");
        assertThat(QuizTaker.hidden(refused.body())).containsSequence("answers", "2...........");
    }

    @Test
    void tamperedAnswersAreABadRequest() {
        Visitor visitor = new Visitor(port);
        visitor.get("/quizzes/attachment/questions");
        assertThat(visitor.post("/quizzes/attachment/answer", "answers", "99", "step", "1", "choice", "3", "nav", "next")
                .statusCode()).isEqualTo(400);
        assertThat(visitor.post("/quizzes/attachment/answer", "answers", "", "step", "0", "choice", "7", "nav", "next")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aScreenNumberThatIsNoNumberIsABadRequestAndABlankOneIsTheFirstScreen() {
        Visitor visitor = new Visitor(port);
        visitor.get("/quizzes/attachment/questions");

        var refused = visitor.post("/quizzes/attachment/answer", "answers", "", "step", "one", "choice", "3", "nav", "next");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<main").doesNotContain("NumberFormatException", "Exception");
        var blank = visitor.post("/quizzes/attachment/answer", "answers", "", "step", " ", "choice", "3", "nav", "next");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).as("the first screen answered, the second shown")
                .contains("name=\"step\" value=\"1\"");
    }

    @Test
    void desireAsksAboutARelationshipAndSkipsTheClosenessLoopWithoutOne() {
        QuizTaker taker = new QuizTaker(new Visitor(port));
        HttpResponse<String> result = taker.take("desire-journey", "no", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "no-partner");
        assertThat(result.body()).contains("Flexible flow").doesNotContain("Closeness loop");
    }

    @Test
    void whenSheIsNotSafeTheSafetyCardComesFirstAndPartnerAdviceIsWithheld() {
        QuizTaker taker = new QuizTaker(new Visitor(port));
        // Heat items 4-6 answered 5: a Heated start
        String body = taker.take("communication-style", "3", "3", "3", "5", "5", "5", "3", "3", "3", "3", "3", "3", "3", "3", "not-sure").body();
        assertThat(body.indexOf("Your safety comes first")).isPositive().isLessThan(body.indexOf("id=\"profile\""));
        assertThat(body).contains("Heated start", "communication techniques are not the answer")
                .doesNotContain("I feel ___ about ___");
        assertThat(body).as("the 94% critique").contains("94%", "Heyman");

        String safe = new QuizTaker(new Visitor(port))
                .take("communication-style", "3", "3", "3", "5", "5", "5", "3", "3", "3", "3", "3", "3", "3", "3", "yes").body();
        assertThat(safe).doesNotContain("Your safety comes first").contains("I feel ___ about ___");
    }

    @Test
    void theResultShowsAChartATableTheCritiqueAndWhereToGo() {
        String body = new QuizTaker(new Visitor(port)).take("nervous-system", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5").body();
        assertThat(body).contains("Swinging between", "<ol class=\"bar-list\">", "<summary>Show as a table</summary>", "<table class=\"scores\">",
                "Grossman", "When to talk to a professional", "/journal/stress-and-closeness", "never a diagnosis")
                .doesNotContain("style=");
        String attachment = new QuizTaker(new Visitor(port)).take("attachment", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "yes").body();
        assertThat(attachment).contains("Push-pull", "class=\"map-dot\"");
    }

    @Test
    void aMemberSavesWithConsentSeesHerHistoryDeletesAndErasureRemovesEverything() {
        Visitor member = member();
        UUID id = memberId(member);
        QuizTaker taker = new QuizTaker(member);
        String result = taker.take("attachment", "5", "5", "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "yes").body();
        assertThat(result).contains("Closeness-seeking", "Save my result", "name=\"consent\"");

        HttpResponse<String> refused = member.post("/quizzes/attachment/save", QuizTaker.hidden(result).toArray(String[]::new));
        assertThat(refused.statusCode()).as("no consent yet").isEqualTo(422);
        assertThat(count(id)).isZero();

        String[] withConsent = concat(QuizTaker.hidden(result), "consent", "yes");
        assertThat(redirectPath(member.post("/quizzes/attachment/save", withConsent))).isEqualTo("/account/quizzes?saved");
        assertThat(count(id)).isOne();
        byte[] sealed = jdbc.sql("select sealed from quiz_result where member_id = ?").param(id).query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).as("sealed, not plaintext")
                .doesNotContain("closeness-seeking").doesNotContain("555511");

        String again = taker.take("attachment", "1", "1", "1", "1", "5", "5", "1", "1", "1", "1", "5", "5", "yes").body();
        assertThat(again).doesNotContain("name=\"consent\"");
        assertThat(redirectPath(member.post("/quizzes/attachment/save", QuizTaker.hidden(again).toArray(String[]::new))))
                .isEqualTo("/account/quizzes?saved");

        String history = member.get("/account/quizzes").body();
        assertThat(history).contains("Closeness-seeking", "Secure-leaning", "<polyline", "Closeness worry");
        TestMembers.confirmAgain(member);
        assertThat(member.get("/account/privacy/export").body()).contains("quizResults", "closeness-seeking");

        UUID first = jdbc.sql("select id from quiz_result where member_id = ? order by taken_at limit 1").param(id).query(UUID.class).single();
        member.get("/account/quizzes");
        assertThat(redirectPath(member.post("/account/quizzes/" + first + "/delete"))).isEqualTo("/account/quizzes?deleted");
        assertThat(count(id)).isOne();

        Visitor other = member();
        other.get("/account/privacy");
        UUID remaining = jdbc.sql("select id from quiz_result where member_id = ?").param(id).query(UUID.class).single();
        assertThat(other.post("/account/quizzes/" + remaining + "/delete").statusCode()).as("not hers").isEqualTo(404);

        member.get("/account/privacy");
        member.post("/account/privacy/consents/save-results/withdraw");
        assertThat(count(id)).as("withdrawing the consent deletes what was kept under it").isZero();
        String third = taker.take("attachment", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "yes").body();
        assertThat(third).as("withdrawn: she is asked again").contains("name=\"consent\"");
        assertThat(member.post("/quizzes/attachment/save", QuizTaker.hidden(third).toArray(String[]::new)).statusCode()).isEqualTo(422);
        assertThat(redirectPath(member.post("/quizzes/attachment/save", concat(QuizTaker.hidden(third), "consent", "yes"))))
                .isEqualTo("/account/quizzes?saved");
        assertThat(count(id)).isOne();

        accounts.erase(id);
        assertThat(count(id)).as("erasure deletes her results").isZero();
    }

    @Test
    void aVisitorCannotSave() {
        Visitor visitor = new Visitor(port);
        String result = new QuizTaker(visitor).take("attachment", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "yes").body();
        assertThat(result).contains("Save this result in a free private account", "href=\"/quizzes/attachment/result/keep\"")
                .doesNotContain("Save my result");
        assertThat(redirectPath(visitor.post("/quizzes/attachment/save", "answers", "333333333333"))).startsWith("/sign-in");
    }

    @Test
    void theApiListsScoresStatelesslyAndExplainsBadAnswers() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> list = client.send(HttpRequest.newBuilder(uri("/api/quizzes")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains("\"slug\":\"nervous-system\"", "\"itemCount\":13");
        assertThat(client.send(HttpRequest.newBuilder(uri("/api/quizzes/attachment")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("\"reverse\":true", "\"rule\":\"AX <= 50 and AV <= 50\"");

        HttpResponse<String> scored = post(client, "/api/quizzes/nervous-system/score",
                "{\"answers\":{\"1\":5,\"2\":5,\"3\":5,\"4\":5,\"5\":5,\"6\":5,\"7\":5,\"8\":5,\"9\":5,\"10\":5,\"11\":5,\"12\":5,\"13\":5}}");
        assertThat(scored.statusCode()).isEqualTo(200);
        assertThat(scored.body()).contains("\"scores\":{\"S\":60,\"R\":75,\"D\":75}", "\"key\":\"swinging\"");
        assertThat(scored.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> bad = post(client, "/api/quizzes/nervous-system/score", "{\"answers\":{\"1\":7,\"99\":3}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("item 1: an answer is 1 to 5", "'99' is not an item");
        assertThat(post(client, "/api/quizzes/nervous-system/score", "not json").statusCode()).isEqualTo(400);
        assertThat(post(client, "/api/quizzes/nope/score", "{}").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(HttpClient client, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private int count(UUID member) {
        return jdbc.sql("select count(*) from quiz_result where member_id = ?").param(member).query(Integer.class).single();
    }

    private UUID memberId(Visitor member) {
        String email = emails.get(member);
        return jdbc.sql("select member_id from account_member where email = ?").param(email).query(UUID.class).single();
    }

    private static String[] concat(java.util.List<String> fields, String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(fields);
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }

    private Visitor member() {
        String email = "quiz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Visitor visitor = new Visitor(port);
        visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "password", PASSWORD);
        new Letters(outbox).confirmAddress(visitor, email);
        assertThat(redirectPath(visitor.submit("/sign-in", "/sign-in", "email", email, "password", PASSWORD))).isEqualTo("/account");
        emails.put(visitor, email);
        return visitor;
    }
}

package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fifth quiz, Sexual Shame (content/quizzes.md section 10), as a visitor and a client of the API meet it: the
 * worked examples of 10.4 scored by the API with their exact scores, profiles and tags; the index, introduction and
 * method page; the safety gate and the support contacts of 10.7; and the Swedish pages in Swedish.
 */
@TempleIntegrationTest
class SexualShameQuizIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SLUG = "sexual-shame";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;

    /** A worked example: answers to items 1–14 (x skipped), the scores, the profile (null: not enough) and the tags. */
    record Example(String answers, Map<String, Integer> scores, String profile, List<String> overlays) {
    }

    static Map<String, Integer> scores(Integer bs, Integer ds, Integer ps, Integer sk) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("BS", bs);
        scores.put("DS", ds);
        scores.put("PS", ps);
        scores.put("SK", sk);
        return scores;
    }

    static final List<Example> WORKED_EXAMPLES = List.of(
            new Example("33333333333333", scores(50, 50, 50, 50), "here-and-there", List.of()),
            new Example("55555555555555", scores(75, 75, 75, 100), "carrying-a-lot", List.of("kindness-there", "word-about-blame")),
            new Example("11111111111111", scores(25, 25, 25, 0), "at-home", List.of()),
            new Example("4542" + "2134" + "3x43" + "23", scores(81, 25, 58, 38), "inner-spectator", List.of("word-about-blame")),
            new Example("4542" + "2134" + "xx43" + "23", scores(81, 25, null, 38), null, List.of("word-about-blame")),
            new Example("4542" + "2134" + "3x43" + "x3", scores(81, 25, 58, null), "inner-spectator", List.of("word-about-blame")),
            new Example("3433" + "3333" + "2214" + "23", scores(56, 50, 19, 38), "here-and-there", List.of()));

    @Test
    void theApiScoresEveryWorkedExampleOfSectionTenFourExactly() {
        for (Example example : WORKED_EXAMPLES) {
            HttpResponse<String> response = score(example.answers(), "yes");
            assertThat(response.statusCode()).as(example.answers()).isEqualTo(200);
            JsonNode scored = JSON.readTree(response.body());

            Map<String, Integer> scores = new LinkedHashMap<>();
            scored.get("scores").properties().forEach(entry -> scores.put(entry.getKey(),
                    entry.getValue().isNull() ? null : entry.getValue().asInt()));
            assertThat(scores).as(example.answers()).containsExactlyEntriesOf(example.scores());
            assertThat(scored.get("enoughAnswers").asBoolean()).as(example.answers()).isEqualTo(example.profile() != null);
            if (example.profile() == null) {
                assertThat(scored.get("profile").isNull()).as(example.answers()).isTrue();
            } else {
                assertThat(scored.at("/profile/key").asString()).as(example.answers()).isEqualTo(example.profile());
            }
            List<String> overlays = new ArrayList<>();
            scored.get("overlays").forEach(overlay -> overlays.add(overlay.get("key").asString()));
            assertThat(overlays).as(example.answers()).containsExactlyElementsOf(example.overlays());
            assertThat(scored.get("blend")).as("no blending in this quiz").isEmpty();
            assertThat(scored.get("safetyFirst").asBoolean()).isFalse();
        }
    }

    @Test
    void theApiListsFiveQuizzesWithThisOneLastAndItsSafetyAnswerSetsSafetyFirst() {
        JsonNode list = JSON.readTree(new Visitor(port).get("/api/quizzes").body());
        List<String> slugs = new ArrayList<>();
        list.forEach(quiz -> slugs.add(quiz.get("slug").asString()));
        assertThat(slugs).containsExactly("nervous-system", "desire-journey", "communication-style", "attachment", SLUG);

        assertThat(JSON.readTree(score("33333333333333", "not-sure").body()).get("safetyFirst").asBoolean()).isTrue();
        assertThat(JSON.readTree(score("33333333333333", "no").body()).get("safetyFirst").asBoolean()).isTrue();
        assertThat(JSON.readTree(score("33333333333333", "no-partner").body()).get("safetyFirst").asBoolean()).isFalse();
    }

    @Test
    void theIndexTheIntroductionWithItsContentNoteAndTheMethodPage() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/quizzes").body()).contains("Sexual Shame", "href=\"/quizzes/sexual-shame\"",
                "where shame about sex shows up");

        String intro = visitor.get("/quizzes/sexual-shame").body();
        assertThat(intro).contains("14 questions, about 3 minutes", "not a diagnosis", "Your answers are not stored",
                "You never need to recall details", "href=\"/quizzes/sexual-shame/questions\"");
        assertThat(intro.indexOf("not a diagnosis")).as("the quiz's note comes under the shared one")
                .isLessThan(intro.indexOf("You never need to recall details"));

        String how = visitor.get("/quizzes/sexual-shame/how-it-works").body();
        assertThat(how).contains("Body in view", "Wanting", "The past", "Self-kindness", "three quarters",
                "version 1", "At home in yourself", "Here and there", "What research says", "Tangney, Miller, Flicker &amp; Barlow, 1996",
                "Research on sexual shame is young", "Shame is a normal emotion, not a diagnosis");
        assertThat(how).doesNotContain("Asked only if you are in a relationship");
    }

    @Test
    void whenSheIsNotSureSheIsSafeTheSafetyCardComesFirstAndThePrivatePracticeStays() {
        String body = new QuizTaker(new Visitor(port)).take(SLUG, choices("33333333333333", "not-sure")).body();
        assertThat(body.indexOf("Your safety comes first")).isPositive().isLessThan(body.indexOf("id=\"profile\""));
        assertThat(body).as("no practice of this quiz assumes a partner, so none is withheld")
                .contains("Here and there", "that’s shame").doesNotContain("we have left out advice");

        String safe = new QuizTaker(new Visitor(port)).take(SLUG, choices("33333333333333", "yes")).body();
        assertThat(safe).doesNotContain("Your safety comes first").contains("Here and there");
    }

    @Test
    void theResultPutsTheSupportContactsRightAfterTheProfileAndItsTagsSexualViolenceServicesFirst() {
        String body = new QuizTaker(new Visitor(port)).take(SLUG, choices("55555555555555", "yes")).body();
        assertThat(body).contains("Carrying a lot", "Kindness is already there", "A word about blame");
        int blame = body.indexOf("A word about blame");
        int support = body.indexOf("id=\"support\"");
        assertThat(support).as("the contacts the tags point to are below them, above the scores")
                .isGreaterThan(blame).isLessThan(body.indexOf("id=\"scores\""));
        assertThat(body.indexOf("Kvinnofridslinjen")).isGreaterThan(support).isLessThan(body.indexOf("RAINN"));
        assertThat(body.indexOf("RAINN")).isLessThan(body.indexOf("Självmordslinjen"));
        assertThat(body.indexOf("Självmordslinjen")).isLessThan(body.indexOf("If you are in danger right now"));
        assertThat(body).contains("href=\"tel:020505050\"", "href=\"tel:18006564673\"", "href=\"tel:90101\"",
                "href=\"/sessions/trauma-informed-therapy\"", "href=\"/help\"");
        assertThat(body).as("the England and Wales line's number is not confirmed, so it is not shown")
                .doesNotContain("0808 500 2222");
        assertThat(body).as("its own reasons to talk to a professional")
                .contains("Shame that keeps you from health check-ups", "Blaming yourself for an unwanted experience");
        assertThat(body).as("the facts with their citations").contains("What research says", "(Pulverman &amp; Meston, 2020)")
                .contains("href=\"/journal/body-keeps-small-moments\"", "href=\"/courses/foundation/f5-1\"");
    }

    @Test
    void twoSkipsInThePastShowTheOtherBarsAndStillTheBlameTag() {
        String body = new QuizTaker(new Visitor(port)).take(SLUG, choices("4542" + "2134" + "xx43" + "23", "yes")).body();
        assertThat(body).contains("Not enough answers to suggest a profile", "A word about blame");
        assertThat(row(body, "Body in view")).isEqualTo("80");
        assertThat(row(body, "Wanting")).isEqualTo("25");
        assertThat(row(body, "The past")).isEqualTo("Not enough answers");
        assertThat(row(body, "Self-kindness")).isEqualTo("40");
    }

    @Test
    void aMembersResultOffersSavingButNoPartnerComparison() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("shame"));
        String body = new QuizTaker(member).take(SLUG, choices("33333333333333", "yes")).body();
        assertThat(body).contains("action=\"/quizzes/sexual-shame/save\"").doesNotContain("/quizzes/sexual-shame/partner");
    }

    @Test
    void theSwedishPagesAreInSwedish() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/quizzes?lang=sv").body()).contains("Skam kring sex", "var skam kring sex visar sig");
        assertThat(visitor.get("/quizzes/sexual-shame").body()).contains("14 frågor", "Du behöver aldrig gå in på detaljer")
                .doesNotContain("You never need", "Sexual Shame");
        String how = visitor.get("/quizzes/sexual-shame/how-it-works").body();
        assertThat(how).contains("Kroppen i blickfånget", "Lust och längtan", "Det som har varit", "Vänlighet mot dig själv",
                "Vad forskningen säger", "Hemma i dig själv").doesNotContain("Body in view", "What research says", "Here and there");

        String result = new QuizTaker(visitor).take(SLUG, choices("55555555555555", "yes")).body();
        assertThat(result).contains("Du bär på mycket", "Vänligheten finns redan där", "Några ord om skuld",
                "Stöd, när du behöver det", "Kvinnofridslinjen", "Vad forskningen säger", "traumamedvet",
                "Skam som hindrar dig från hälsokontroller", "Skam kring sex");
        assertThat(result).doesNotContain("Carrying a lot", "Kindness is already there", "A word about blame",
                "Support, whenever", "What research says", "Body in view", "Self-kindness", "Shame that keeps you",
                "If you are in danger right now", "United States", "trauma-informed therapist");
    }

    private HttpResponse<String> score(String answers, String safety) {
        StringBuilder json = new StringBuilder("{\"answers\":{");
        for (int i = 0; i < answers.length(); i++) {
            char answer = answers.charAt(i);
            json.append(i == 0 ? "" : ",").append('"').append(i + 1).append("\":").append(answer == 'x' ? "null" : String.valueOf(answer));
        }
        json.append("},\"safety\":\"").append(safety).append("\"}");
        return new Visitor(port).send("POST", "/api/quizzes/" + SLUG + "/score", "application/json",
                json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The item answers one by one (x: Prefer not to answer), then the safety answer. */
    private static String[] choices(String answers, String safety) {
        List<String> choices = new ArrayList<>(Arrays.asList(answers.split("")));
        choices.add(safety);
        return choices.toArray(String[]::new);
    }

    /** The score cell of a dimension's row in the result's table. */
    private static String row(String body, String dimension) {
        var matcher = Pattern.compile("<th scope=\"row\">" + Pattern.quote(dimension) + "</th>\\s*<td>([^<]*)</td>").matcher(body);
        assertThat(matcher.find()).as("a row for " + dimension).isTrue();
        return matcher.group(1);
    }
}

package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz API scores the published quizzes exactly by content/quizzes.md: every worked example of §0.2, and those of
 * §0.1 that version 2 of the scoring left standing, sent as a client would send them.
 */
@TempleIntegrationTest
class QuizScoringVersionTwoApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    // --- §0.2

    @Test
    void everyQuizIsPublishedAsVersionThreeScoredByRuleSetTwo() throws Exception {
        for (String slug : List.of("nervous-system", "desire-journey", "communication-style", "attachment")) {
            JsonNode quiz = JSON.readTree(get("/api/quizzes/" + slug).body());
            assertThat(quiz.get("version").asInt()).as(slug).isEqualTo(3);
            assertThat(quiz.get("scoring").asInt()).as(slug).isEqualTo(2);
        }
    }

    @Test
    void desireEveryAnswerThreeButItemTwoSkippedIsFlexibleFlow() throws Exception {
        JsonNode scored = score("desire-journey", "3x3" + "333" + "33" + "333" + "333", "yes", "yes");
        assertThat(scored.at("/scores/SP").asInt()).as("2 of 3 answered is enough").isEqualTo(50);
        assertThat(scored.at("/scores/RS").asInt()).isEqualTo(50);
        assertThat(scored.at("/profile/key").asString()).isEqualTo("flexible-flow");
        assertThat(scored.get("version").asInt()).isEqualTo(3);
        assertThat(scored.get("scoring").asInt()).isEqualTo(2);
    }

    @Test
    void communicationEveryAnswerThreeButItemThirteenSkippedHasNotEnoughAnswers() throws Exception {
        JsonNode scored = score("communication-style", "333" + "333" + "333" + "333" + "x3", null, "yes");
        assertThat(scored.at("/scores/OP").isNull()).as("OP has 1 of 2").isTrue();
        assertThat(scored.get("enoughAnswers").asBoolean()).isFalse();
        assertThat(scored.get("profile").isNull()).isTrue();
    }

    @Test
    void nervousSystemEveryAnswerThreeButItemsOneAndTwoSkippedHasNotEnoughAnswers() throws Exception {
        JsonNode scored = score("nervous-system", "xx333" + "3333" + "3333", null, null);
        assertThat(scored.at("/scores/S").isNull()).as("3 of 5, needs 4").isTrue();
        assertThat(scored.at("/scores/R").asInt()).isEqualTo(50);
        assertThat(scored.at("/scores/D").asInt()).isEqualTo(50);
        assertThat(scored.get("enoughAnswers").asBoolean()).isFalse();
    }

    @Test
    void attachmentEveryAnswerFourIsPushPullCloseToTheLine() throws Exception {
        JsonNode scored = score("attachment", "4".repeat(12), null, "yes");
        assertThat(scored.at("/scores/AX").asInt()).isEqualTo(58);
        assertThat(scored.at("/scores/AV").asInt()).isEqualTo(58);
        assertThat(scored.at("/profile/key").asString()).isEqualTo("push-pull");
        assertThat(keys(scored.get("overlays"))).containsExactly("close-to-line");
    }

    @Test
    void everyAnswerThreeIsNeverFearfulNorHeated() throws Exception {
        JsonNode attachment = score("attachment", "3".repeat(12), null, "yes");
        assertThat(attachment.at("/scores/AX").asInt()).isEqualTo(50);
        assertThat(attachment.at("/profile/key").asString()).isEqualTo("secure-leaning");
        assertThat(keys(attachment.get("overlays"))).containsExactly("close-to-line");
        assertThat(score("communication-style", "3".repeat(14), null, "yes").at("/profile/key").asString())
                .isEqualTo("steady-connector");
        assertThat(score("nervous-system", "3".repeat(13), null, null).at("/profile/key").asString()).isEqualTo("in-between");
        assertThat(score("desire-journey", "3".repeat(14), "yes", "yes").at("/profile/key").asString()).isEqualTo("flexible-flow");
    }

    @Test
    void communicationEveryAnswerFiveIsStillHeatedStart() throws Exception {
        JsonNode scored = score("communication-style", "5".repeat(14), null, "yes");
        assertThat(scored.at("/scores/GS").asInt()).isEqualTo(67);
        assertThat(scored.at("/scores/HT").asInt()).isEqualTo(100);
        assertThat(scored.at("/scores/SD").asInt()).isEqualTo(67);
        assertThat(scored.at("/scores/RT").asInt()).isEqualTo(100);
        assertThat(scored.at("/scores/OP").asInt()).isEqualTo(50);
        assertThat(scored.at("/profile/key").asString()).isEqualTo("heated-start");
    }

    // --- §0.1, still standing

    @Test
    void nervousSystemEveryAnswerFiveSwingsBetween() throws Exception {
        JsonNode scored = score("nervous-system", "5".repeat(13), null, null);
        assertThat(scored.get("scores").toString()).isEqualTo("{\"S\":60,\"R\":75,\"D\":75}");
        assertThat(scored.at("/profile/key").asString()).isEqualTo("swinging");
    }

    @Test
    void nervousSystemEveryAnswerOneFallsBackToInBetween() throws Exception {
        JsonNode scored = score("nervous-system", "1".repeat(13), null, null);
        assertThat(scored.get("scores").toString()).isEqualTo("{\"S\":40,\"R\":25,\"D\":25}");
        assertThat(scored.at("/profile/key").asString()).isEqualTo("in-between-fallback");
        assertThat(scored.get("blend").isEmpty()).as("15 points apart: no blend").isTrue();
    }

    @Test
    void attachmentEveryAnswerFiveIsPushPull() throws Exception {
        JsonNode scored = score("attachment", "5".repeat(12), null, "yes");
        assertThat(scored.get("scores").toString()).isEqualTo("{\"AX\":67,\"AV\":67}");
        assertThat(scored.at("/profile/key").asString()).isEqualTo("push-pull");
        assertThat(keys(scored.get("overlays"))).isEmpty();
    }

    /** Items as a string of 1–5 and x (skipped), sent as {"1": 3, "2": null, …}. */
    private JsonNode score(String slug, String items, String relationship, String safety) throws Exception {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < items.length(); i++) {
            answers.append(i == 0 ? "" : ",").append('"').append(i + 1).append("\":")
                    .append(items.charAt(i) == 'x' ? "null" : String.valueOf(items.charAt(i)));
        }
        String body = "{\"answers\":{" + answers + "}"
                + (relationship == null ? "" : ",\"relationship\":\"" + relationship + "\"")
                + (safety == null ? "" : ",\"safety\":\"" + safety + "\"") + "}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/quizzes/" + slug + "/score"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> keys(JsonNode outcomes) {
        List<String> keys = new ArrayList<>();
        outcomes.forEach(outcome -> keys.add(outcome.get("key").asString()));
        return keys;
    }
}

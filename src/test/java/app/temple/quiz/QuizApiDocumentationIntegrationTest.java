package app.temple.quiz;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.quiz.internal.Answers;
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
 * The OpenAPI document springdoc generates: it describes the three quiz endpoints, their bodies and the 400 problem,
 * only the API, exactly the fields the API really sends, and it is served like every other response (public, with
 * the security headers, setting no cookie).
 */
@TempleIntegrationTest
class QuizApiDocumentationIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theDocumentDescribesTheThreeEndpointsAndTheBadAnswersProblem() {
        JsonNode doc = document();

        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(names(doc.get("paths"))).containsExactlyInAnyOrder(
                "/api/quizzes", "/api/quizzes/{slug}", "/api/quizzes/{slug}/score");
        assertThat(doc.at("/paths/~1api~1quizzes/get/responses/200/content/application~1json/schema/items/$ref").asString())
                .isEqualTo("#/components/schemas/QuizSummary");
        assertThat(doc.at("/paths/~1api~1quizzes~1{slug}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/Problem");

        JsonNode score = doc.at("/paths/~1api~1quizzes~1{slug}~1score/post");
        assertThat(score.at("/requestBody/required").asBoolean()).isTrue();
        assertThat(score.at("/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ScoreRequest");
        assertThat(names(score.get("responses"))).containsExactlyInAnyOrder("200", "400", "404", "413");
        assertThat(score.at("/responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ScoreResponse");
        JsonNode bad = score.at("/responses/400/content/application~1problem+json");
        assertThat(bad.at("/schema/$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(names(doc.at("/components/schemas/Problem/properties")))
                .contains("type", "title", "status", "detail", "errors");
        assertThat(bad.toString()).as("an example of the errors list").contains("item 1: an answer is 1 to 5");
    }

    @Test
    void theRequestSchemaOffersExactlyTheWordsTheScoringAccepts() {
        JsonNode request = document().at("/components/schemas/ScoreRequest/properties");

        assertThat(strings(request.at("/safety/enum"))).containsExactlyElementsOf(Answers.SAFETY);
        assertThat(strings(request.at("/relationship/enum"))).containsExactlyElementsOf(Answers.RELATIONSHIP);
        assertThat(names(request)).containsExactlyInAnyOrder("answers", "relationship", "safety");
    }

    @Test
    void theDocumentedFieldsAreTheFieldsTheApiSends() throws Exception {
        JsonNode schemas = document().at("/components/schemas");
        JsonNode scored = JSON.readTree(post("/api/quizzes/nervous-system/score", "{\"answers\":{\"1\":5,\"2\":4}}").body());
        JsonNode quiz = JSON.readTree(new Http(port).get("/api/quizzes/attachment").body());
        JsonNode summary = JSON.readTree(new Http(port).get("/api/quizzes").body()).get(0);
        JsonNode problem = JSON.readTree(post("/api/quizzes/nervous-system/score", "{\"answers\":{\"1\":7}}").body());

        assertThat(names(schemas.at("/ScoreResponse/properties"))).containsExactlyInAnyOrderElementsOf(names(scored));
        assertThat(names(schemas.at("/Quiz/properties"))).containsExactlyInAnyOrderElementsOf(names(quiz));
        assertThat(names(schemas.at("/QuizSummary/properties"))).containsExactlyInAnyOrderElementsOf(names(summary));
        assertThat(names(schemas.at("/Item/properties"))).containsExactlyInAnyOrderElementsOf(names(quiz.at("/items/0")));
        assertThat(names(schemas.at("/Problem/properties"))).as("type is left out while it is about:blank")
                .containsAll(names(problem)).contains("type");
    }

    @Test
    void onlyTheApiIsDescribed() {
        JsonNode doc = document();

        assertThat(names(doc.get("paths"))).allMatch(path -> path.startsWith("/api/"))
                .doesNotContain("/api/quizzes.yaml");
        assertThat(doc.toString()).doesNotContain("/account", "/sign-in", "/partner/");
    }

    @Test
    void theDocumentIsPublicCarriesTheSecurityHeadersAndSetsNoCookie() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            HttpResponse<String> response = new Http(port).get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(new Http(port).get("/v3/api-docs.yaml").body()).startsWith("openapi: 3.").contains("/api/quizzes/{slug}/score:");
    }

    @Test
    void theOldHandWrittenAddressMovesToTheGeneratedDocument() {
        HttpResponse<String> moved = new Http(port).get("/api/quizzes.yaml");

        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).contains("/v3/api-docs.yaml");
    }

    @Test
    void thereIsNoSwaggerUiPage() {
        assertThat(new Http(port).get("/swagger-ui.html").statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(404);
    }

    private JsonNode document() {
        HttpResponse<String> response = new Http(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode object) {
        assertThat(object).as("a JSON object").isNotNull();
        assertThat(object.isObject()).as(object.toString()).isTrue();
        return new ArrayList<>(object.propertyNames());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}

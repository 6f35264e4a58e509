package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More answers than the quiz has, and item keys that are not plain item numbers, are refused with a 400 and a clear
 * message wherever answers arrive: the quiz's form posts, saving, inviting, and the API's score request. Nothing is
 * stored. (A partner's posts are covered by {@link PartnerWrongQuizIntegrationTest}.)
 */
@TempleIntegrationTest
class TooManyAnswersIntegrationTest {

    /** attachment has 12 items: one more. */
    static final String THIRTEEN = "3333333333333";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theQuizFormsRefuseMoreAnswersThanItemsAndKeepNothing() {
        String email = TestMembers.newAddress("too-many");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = jdbc.sql("select member_id from account_member where email = ?").param(email).query(UUID.class).single();
        member.get("/quizzes/attachment/questions");

        String[] fields = {"answers", THIRTEEN, "relationship", "", "safety", "yes", "step", "12", "choice", "yes", "nav", "next"};
        assertThat(member.post("/quizzes/attachment/answer", fields).statusCode()).isEqualTo(400);
        assertThat(member.post("/quizzes/attachment/save", "answers", THIRTEEN, "safety", "yes", "consent", "yes").statusCode())
                .isEqualTo(400);
        assertThat(member.post("/quizzes/attachment/partner", "answers", THIRTEEN, "safety", "yes").statusCode()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from quiz_result where member_id = ?").param(id).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from quiz_partner_link where member_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void theApiRefusesMoreAnswersThanItemsWithOneClearError() throws Exception {
        String thirteen = IntStream.rangeClosed(1, 13).mapToObj(n -> "\"" + n + "\":3").collect(Collectors.joining(","));
        HttpResponse<String> refused = score("attachment", "{\"answers\":{" + thirteen + "}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("there are 13 answers, but the quiz has only 12 items");
    }

    @Test
    void theApiRefusesItemKeysThatOnlyLookLikeItemNumbers() throws Exception {
        // each of these was read as item 1 and silently overwrote the answer given for "1"
        for (String alias : new String[]{"01", "+1", "\\u0661"}) {
            HttpResponse<String> refused = score("attachment", "{\"answers\":{\"1\":5,\"" + alias + "\":1}}");
            assertThat(refused.statusCode()).as(alias).isEqualTo(400);
            assertThat(refused.body()).as(alias).contains("is not written as an item number: write 1 to 12");
        }
        assertThat(score("attachment", "{\"answers\":{\"1\":5,\"12\":1}}").statusCode()).isEqualTo(200);
        // a key that is no number at all is not echoed back (it could be anything), only said to be no item
        assertThat(score("attachment", "{\"answers\":{\"1\":5,\"x\":1}}").body())
                .contains("a key that is not a number is not an item").doesNotContain("'x'");
    }

    private HttpResponse<String> score(String slug, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/quizzes/" + slug + "/score"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.QuizResults;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.Scoring;
import app.temple.quiz.internal.ScoringRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result saved under version 1 keeps the scores, profile and version it was saved with (content/quizzes.md §0.2,
 * rule 4): a woman who answered 3 to everything was told Push-pull then, and her history still says so, next to the
 * Secure-leaning that the same answers give today.
 */
@TempleIntegrationTest
class QuizVersionOneResultIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Quizzes quizzes;
    @Autowired
    QuizResults results;

    @Test
    void aVersionOneResultStillShowsItsVersionOneProfile() throws Exception {
        QuizDefinition version1 = loadVersionOne("attachment");
        assertThat(version1.scoring()).isEqualTo(ScoringRules.ONE);
        String email = TestMembers.newAddress("versions");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);

        Result then = Scoring.score(version1, Answers.decode(version1, "3".repeat(12), null, "yes"));
        assertThat(then.profile().key()).as("§0.1: 50 counted as high").isEqualTo("push-pull");
        results.save(id, then);

        String today = new QuizTaker(member).take("attachment", concat(List.of("3".repeat(12).split("")), "yes")).body();
        assertThat(today).contains("<h2 id=\"profile\">Secure-leaning</h2>");
        assertThat(redirectPath(member.post("/quizzes/attachment/save", concat(QuizTaker.hidden(today), "consent", "yes"))))
                .isEqualTo("/account/quizzes?saved");

        assertThat(jdbc.sql("select quiz_version from quiz_result where member_id = ? order by quiz_version").param(id)
                .query(Integer.class).list()).containsExactly(1, 3);
        List<String> profiles = results.of(id).stream().map(saved -> saved.version() + ":" + saved.profile()).toList();
        assertThat(profiles).containsExactlyInAnyOrder("1:push-pull", "3:secure-leaning");

        String history = member.get("/account/quizzes").body();
        assertThat(history).contains("Push-pull (fearful-leaning)", "Secure-leaning");
    }

    @Test
    void aComparisonOrResultUnderVersionOneIsScoredByItsOwnRulesWhenLookedUpAgain() throws Exception {
        loadVersionOne("communication-style");
        QuizDefinition found = quizzes.find("communication-style", 1).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertThat(Scoring.score(found, Answers.decode(found, "3".repeat(14), null, "yes")).profile().key())
                .isEqualTo("heated-start");
        QuizDefinition current = quizzes.find("communication-style").orElseThrow();
        assertThat(Scoring.score(current, Answers.decode(current, "3".repeat(14), null, "yes")).profile().key())
                .isEqualTo("steady-connector");
    }

    /** Puts version 1 back into quiz_definition, as a platform that ran it still holds it. */
    private QuizDefinition loadVersionOne(String slug) throws Exception {
        String source = Files.readString(Path.of("src/test/resources/quiz-versions/" + slug + "-v1.yaml"));
        jdbc.sql("insert into quiz_definition (slug, version, source, hash, loaded_at) values (?, 1, ?, ?, ?) "
                        + "on conflict (slug, version) do nothing")
                .params(slug, source, "test-v1-" + slug, Timestamp.from(Instant.now())).update();
        return quizzes.find(slug, 1).orElseThrow();
    }

    private static String[] concat(List<String> fields, String... more) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}

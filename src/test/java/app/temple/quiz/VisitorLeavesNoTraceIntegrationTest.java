package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy rule 1: a visitor takes every quiz, in English and in Swedish, and leaves no trace. No row is added or
 * changed in any table (the session store included), no answer reaches a log line or a URL, and no cookie
 * outlives the browser session except the language choice. (The finished result's own cookie is a session cookie,
 * sealed, and {@link KeptResultIntegrationTest} checks it.)
 */
@TempleIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class VisitorLeavesNoTraceIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyQuizTakenAsAVisitorLeavesNoTrace(CapturedOutput output) {
        Map<String, String> before = snapshot();
        List<HttpResponse<String>> responses = new ArrayList<>();
        List<String> encodedAnswers = new ArrayList<>();

        for (String language : List.of("en", "sv")) {
            Visitor visitor = new Visitor(port);
            responses.add(visitor.get("/quizzes?lang=" + language));
            QuizTaker taker = new QuizTaker(visitor);
            QuizTaker.TAKES.forEach((slug, choices) -> {
                HttpResponse<String> result = taker.take(slug, choices);
                assertThat(result.statusCode()).isEqualTo(200);
                assertThat(result.body()).contains("id=\"profile\"")
                        .contains(language.equals("sv") ? "Vad det här är och inte är" : "What this is and isn");
                encodedAnswers.add(String.join("", java.util.Arrays.stream(choices).filter(c -> c.matches("[1-5x]")).toList()));
                assertThat(QuizTaker.hidden(result.body())).as("a visitor's result page keeps no answers").isEmpty();
                // her result again: reloaded, in the other language, and the page that offers to keep it
                String other = language.equals("sv") ? "en" : "sv";
                for (String again : List.of("/quizzes/" + slug + "/result", "/quizzes/" + slug + "/result?lang=" + other,
                        "/quizzes/" + slug + "/result?lang=" + language, "/quizzes/" + slug + "/result/keep")) {
                    HttpResponse<String> shown = visitor.get(again);
                    assertThat(shown.statusCode()).as(again).isEqualTo(200);
                    responses.add(shown);
                }
            });
            responses.addAll(taker.responses);
            assertThat(visitor.cookie("temple_session")).as("a visitor needs no session").isEmpty();
        }

        assertThat(snapshot()).as("every table's rows and contents").isEqualTo(before);
        for (HttpResponse<String> response : responses) {
            assertThat(response.uri().getRawQuery()).as("no answer in a URL").satisfiesAnyOf(
                    query -> assertThat(query).isNull(), query -> assertThat(query).matches("lang=(en|sv)"));
            response.headers().firstValue("Location").ifPresent(location -> assertThat(location)
                    .as("no redirect carrying answers: only to her result's own page").matches("/quizzes/[a-z-]+/result"));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                assertThat(cookie).doesNotStartWith("temple_session=");
                String lower = cookie.toLowerCase(Locale.ROOT);
                if (cookie.startsWith("temple_lang=")) {
                    assertThat(cookie).matches("temple_lang=(en|sv);.*");
                } else {
                    assertThat(lower).as(cookie).doesNotContain("max-age").doesNotContain("expires");
                }
            }
        }
        assertThat(encodedAnswers).hasSize(2 * QuizTaker.TAKES.size()).allSatisfy(encoded -> {
            assertThat(encoded).matches("[1-5x]{12,14}");
            assertThat(output.getAll()).as("answers in the log").doesNotContain(encoded);
        });
        assertThat(output.getAll()).doesNotContain("choice=").doesNotContain("answers=");
    }

    /**
     * Row count and a checksum of the contents of every table, by name. Of the scheduler's table only which jobs
     * exist counts: a recurring sweep that runs meanwhile moves its own next time and heartbeat, which is the
     * scheduler's bookkeeping, not a trace of the visitor; a job planned for her would still show. Of the change feed
     * only what was added counts: every node purges its old rows now and then, which may fall within the test, and
     * any row a trigger noted for her would have moved the feed's sequence.
     */
    private Map<String, String> snapshot() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = 'public'").query(String.class).list()) {
            String rows = switch (table) {
                case "scheduled_tasks" -> "(select task_name, task_instance, task_data from scheduled_tasks)";
                case "site_change" -> "(select last_value, is_called from site_change_seq_seq)";
                default -> "\"" + table + "\"";
            };
            tables.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '' order by t::text)), '') from "
                    + rows + " t").query(String.class).single());
        }
        assertThat(tables).containsKeys("spring_session", "quiz_result", "quiz_definition");
        return tables;
    }
}

package app.temple.operations.internal;

import app.temple.TempleIntegrationTest;
import app.temple.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grows a hundredth of the benchmark's data inside the test's transaction, which is rolled back, so the shared test
 * database keeps only its own rows: the counts are the targets, sealed columns open for their member through the vault,
 * and the indexes the grown data needs exist and can serve the queries they were made for.
 */
@TempleIntegrationTest
@Transactional
class GrownDataIntegrationTest {

    @Autowired
    GrownData grownData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Vault vault;

    @Test
    void growsEveryKindOfRowAndSealsWhatIsPrivate() {
        GrownData.Counts before = grownData.counts();
        GrownData.Targets targets = GrownData.Targets.scaled(0.01);

        GrownData.Counts after = grownData.grow(targets);

        assertThat(after.members() - before.members()).isEqualTo(targets.members());
        assertThat(after.articles() - before.articles()).isEqualTo(targets.articles());
        assertThat(after.quizResults() - before.quizResults()).isEqualTo(targets.quizResults());
        assertThat(after.bookings() - before.bookings()).isEqualTo(targets.bookings());
        assertThat(after.lessonProgress() - before.lessonProgress()).isEqualTo(targets.lessonProgress());
        assertThat(after.reflections() - before.reflections()).isEqualTo(targets.reflections());

        Map<String, Object> reflection = jdbc.sql("select member_id, sealed from course_reflection r join account_member m using (member_id) "
                + "where m.email_key like '%@growth.invalid' limit 1").query().singleRow();
        assertThat(vault.openText((UUID) reflection.get("member_id"), "course.reflection", (byte[]) reflection.get("sealed")))
                .isNotBlank();
        Map<String, Object> result = jdbc.sql("select member_id, sealed from quiz_result r join account_member m using (member_id) "
                + "where m.email_key like '%@growth.invalid' limit 1").query().singleRow();
        assertThat(vault.openText((UUID) result.get("member_id"), "quiz.result", (byte[]) result.get("sealed")))
                .startsWith("{\"scores\":{\"").contains("\"answers\":\"");
        assertThat(jdbc.sql("select count(*) from journal_article where slug like 'grown-%' and current_revision is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theIndexesForGrownDataServeTheirQueries() {
        // the planner's choice between these and a scan depends on the table's size; what must hold on any size is that
        // each index can answer its query alone
        jdbc.sql("set local enable_seqscan = off").update();
        jdbc.sql("set local enable_bitmapscan = off").update();
        assertThat(plan("""
                select blocked_from, blocked_until from booking_booking
                where practitioner_id = gen_random_uuid() and status <> 'cancelled'
                  and blocked_until > now() and blocked_from < now() + interval '62 days' order by blocked_from
                """)).contains("booking_booking_held");
        assertThat(plan("select count(*), max(changed_at), max(unpublished_at) from journal_article"))
                .contains("Index Only Scan using journal_article_changes");
    }

    private String plan(String query) {
        List<String> lines = jdbc.sql("explain " + query).query(String.class).list();
        return String.join("\n", lines);
    }
}

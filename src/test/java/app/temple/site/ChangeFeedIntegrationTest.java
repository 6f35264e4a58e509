package app.temple.site;

import app.temple.Eventually;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.course.CourseFixtures;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each instance of Temple keeps in memory (sessions, a member's course rows and grants, through {@link NodeCache})
 * follows the rows when another instance changes them: these tests change rows straight in the database, as another
 * instance would, and the page follows within the change feed's poll. Without the feed every one of them would keep
 * showing the old rows for minutes.
 */
@TempleIntegrationTest
class ChangeFeedIntegrationTest {

    private static final String LESSON = "/courses/foundation/f1-2";

    @LocalServerPort
    int port;
    @Autowired
    ChangeFeed feed;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    Grants grants;

    @Test
    void aKeptValueIsReadAgainAfterAnyInstanceNotesAChange() {
        NodeCache<Integer> cache = feed.cache("test-topic", Duration.ofMinutes(5), 100);
        AtomicInteger reads = new AtomicInteger();
        String key = UUID.randomUUID().toString();

        assertThat(cache.get(key, reads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get(key, reads::incrementAndGet)).as("kept").isEqualTo(1);
        assertThat(cache.get("other", reads::incrementAndGet)).isEqualTo(2);

        jdbc.sql("select site_note_change('test-topic', ?)").param(key).query().listOfRows();

        assertThat(Eventually.answer(() -> cache.get(key, reads::incrementAndGet), value -> value > 2))
                .as("read again once the feed told").isGreaterThan(2);
        int after = reads.get();
        assertThat(cache.get(key, reads::incrementAndGet)).as("and kept again").isEqualTo(after);
        assertThat(jdbc.sql("select count(*) from site_change where key = ?").param(key).query(Integer.class).single())
                .as("the feed holds a digest, never the key itself").isZero();
    }

    @Test
    void aSessionEndedByAnotherInstanceEndsHereToo() {
        Visitor her = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("feed-session"));
        assertThat(her.get("/account").statusCode()).isEqualTo(200);
        String id = new String(java.util.Base64.getDecoder().decode(her.cookie("temple_session").orElseThrow()));

        jdbc.sql("delete from spring_session where session_id = ?").param(id).update();

        assertThat(Eventually.answer(() -> redirectPath(her.get("/account")), "/sign-in"::equals)).isEqualTo("/sign-in");
    }

    @Test
    void herProgressAndGrantChangedByAnotherInstanceShowHere() {
        String email = TestMembers.newAddress("feed-course");
        Visitor her = CourseFixtures.memberWithFoundationAt(port, outbox, jdbc, grants, email);
        UUID member = TestMembers.idOf(jdbc, email);
        assertThat(her.get(LESSON).body()).contains("Mark as done");

        jdbc.sql("insert into course_progress (member_id, course_slug, lesson_id, done_at) values (?, 'foundation', 'f1-2', now())")
                .param(member).update();
        assertThat(Eventually.answer(() -> her.get(LESSON).body(), page -> page.contains("You marked this lesson as done.")))
                .contains("You marked this lesson as done.");

        jdbc.sql("update billing_grant set revoked_at = now() where member_id = ?").param(member).update();
        assertThat(Eventually.answer(() -> her.get(LESSON).body(), page -> !page.contains("You marked this lesson as done.")))
                .as("her grant revoked elsewhere locks the lesson here").doesNotContain("You marked this lesson as done.");
    }

    /**
     * After she changes something her browser is marked for a few seconds, and while it is, any instance reads her rows
     * afresh: the page after her change shows it even if it comes from an instance that has not heard of it yet.
     */
    @Test
    void aBrowserThatJustChangedSomethingReadsAfreshAtOnce() {
        String email = TestMembers.newAddress("feed-fresh");
        Visitor her = CourseFixtures.memberWithFoundationAt(port, outbox, jdbc, grants, email);
        UUID member = TestMembers.idOf(jdbc, email);
        assertThat(her.get(LESSON).body()).contains("Mark as done");

        her.post("/courses/foundation/f1-3/done");
        assertThat(her.cookie("temple_fresh")).as("her change marks her browser").contains("1");
        Visitor visitor = new Visitor(port);
        visitor.get("/quizzes/nervous-system/questions");
        assertThat(visitor.post("/quizzes/nervous-system/answer", "answers", "", "step", "0", "choice", "3", "nav", "next")
                .headers().allValues("Set-Cookie")).as("a visitor's browser is not marked").noneMatch(c -> c.startsWith("temple_fresh"));

        // changed on "another instance", and read here before the change feed could tell: only the mark explains it
        jdbc.sql("insert into course_progress (member_id, course_slug, lesson_id, done_at) values (?, 'foundation', 'f1-2', now())")
                .param(member).update();
        assertThat(her.get(LESSON).body()).contains("You marked this lesson as done.");
    }
}

package app.temple.course;

import app.temple.PersonalRows;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import app.temple.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member in a course: she marks lessons done and undoes it, the course page shows the truth, "continue" takes her
 * to the lesson she opened last, and her reflections are hers alone: sealed in the database, unseen by another
 * member, in her export, gone with her account.
 */
@TempleIntegrationTest
class CourseProgressAndReflectionsIntegrationTest {

    private static final String LESSON = "/courses/foundation/f1-1";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    app.temple.billing.internal.Grants grants;

    @Test
    void doneAndUndoneShowOnTheCoursePageAndContinueTakesHerBack() {
        Visitor her = member("progress");
        assertThat(her.get("/courses/foundation").body()).contains("0 of 19 lessons done").doesNotContain("Continue where you left off");

        her.get(LESSON);
        assertThat(redirectPath(her.post(LESSON + "/done"))).isEqualTo(LESSON + "#progress");
        String course = her.get("/courses/foundation").body();
        assertThat(course).contains("1 of 19 lessons done", "1 of 4 done in this module",
                "Continue where you left off", "href=\"" + LESSON + "\"");
        assertThat(her.get(LESSON).body()).contains("You marked this lesson as done.");
        assertThat(her.get("/account").body()).as("her account page shows her courses")
                .contains("Your courses", "Continue Foundation where you left off", "1 of 19 lessons done", "My reflections");

        her.post(LESSON + "/undone");
        assertThat(her.get("/courses/foundation").body()).contains("0 of 19 lessons done");
        assertThat(her.get(LESSON).body()).contains("Mark as done");
    }

    /** A lesson with a content note can be saved for later; it is listed on the course page until she marks it done. */
    @Test
    void comeBackLaterListsTheLessonUntilItIsDone() {
        Visitor her = member("later");
        String lesson = "/courses/foundation/f4-1";
        assertThat(her.get(lesson).body()).contains("action=\"" + lesson + "/later\"");

        assertThat(redirectPath(her.post(lesson + "/later"))).isEqualTo("/courses/foundation#saved");
        assertThat(her.get("/courses/foundation").body()).contains("Saved for later", "href=\"" + lesson + "\"");

        her.get(lesson);
        her.post(lesson + "/done");
        assertThat(her.get("/courses/foundation").body()).doesNotContain("Saved for later");
    }

    /** With an access grant for Foundation every Foundation lesson opens for her; Exploration stays as it was. */
    @Test
    void aGrantOpensTheWholeCourseForHerAlone() {
        String email = TestMembers.newAddress("granted");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        assertThat(her.get("/courses/foundation/f3-2").body()).contains("Part of the full course");

        grants.grantByAdmin(id, "foundation", java.time.Instant.now().minusSeconds(60), null, UUID.randomUUID());

        String lesson = her.get("/courses/foundation/f3-2").body();
        assertThat(lesson).contains("id=\"lesson-text\"", "Mark as done").doesNotContain("Part of the full course");
        assertThat(redirectPath(her.post("/courses/foundation/f3-2/done"))).isEqualTo("/courses/foundation/f3-2#progress");
        assertThat(her.get("/courses/exploration/e2-2").body()).contains("Part of the full course");
        assertThat(member("ungranted").get("/courses/foundation/f3-2").body()).contains("Part of the full course");
        assertThat(new Visitor(port).get("/courses/foundation/f3-2").body()).as("the visitors' shared page is untouched")
                .contains("Part of the full course");
    }

    @Test
    void aLockedLessonCannotBeMarkedNorReflectedOn() {
        Visitor her = member("locked");
        her.get("/courses/foundation/f1-2");
        assertThat(her.post("/courses/foundation/f1-2/done").statusCode()).isEqualTo(404);
        assertThat(her.post("/courses/foundation/f1-2/reflection", "reflection", "x").statusCode()).isEqualTo(404);
    }

    @Test
    void aReflectionIsSealedHersAloneExportedAndErased() {
        String email = TestMembers.newAddress("reflect");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        String words = "Quietly curious about marigold evenings " + UUID.randomUUID();

        her.get(LESSON);
        assertThat(redirectPath(her.post(LESSON + "/reflection", "reflection", words))).isEqualTo(LESSON + "?saved#reflection");

        assertThat(her.get(LESSON).body()).as("shown back to her").contains(words);
        assertThat(her.get("/account/reflections").body()).contains(words, "Welcome");
        byte[] sealed = jdbc.sql("select sealed from course_reflection where member_id = ?").param(id).query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).as("a dump holds none of her words").doesNotContain("marigold");

        Visitor other = member("other-reader");
        assertThat(other.get(LESSON).body()).doesNotContain(words);
        assertThat(other.get("/account/reflections").body()).doesNotContain(words);
        assertThat(new Visitor(port).get(LESSON).body()).doesNotContain(words);

        TestMembers.confirmAgain(her);
        assertThat(her.get("/account/privacy/export").body()).contains("courseReflections", words, "courseProgress");

        accounts.erase(id);
        assertThat(PersonalRows.mentioning(jdbc, id, email)).as("rows left after erasure").isEmpty();
    }

    @Test
    void aReflectionTooLongIsRefusedWithTheTextKeptAndNothingStored() {
        Visitor her = member("too-long");
        her.get(LESSON);
        String text = "a".repeat(10_001);
        int before = jdbc.sql("select count(*) from course_reflection").query(Integer.class).single();

        var refused = her.post(LESSON + "/reflection", "reflection", text);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("at most 10,000 characters", text);
        assertThat(jdbc.sql("select count(*) from course_reflection").query(Integer.class).single()).isEqualTo(before);
    }

    private Visitor member(String prefix) {
        return new TestMembers(port, outbox).signedIn(TestMembers.newAddress(prefix));
    }
}

package app.temple.course;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.content.Revision;
import app.temple.content.RevisionOrigin;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.LessonEditor;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors edit a lesson in the web UI: what she saves shows on the lesson page at once, sanitized as the Journal's
 * articles are; every save is a revision she can restore; a source that cannot be read is refused with its line and
 * her text kept; nobody without the editor role can change a lesson.
 */
@TempleIntegrationTest
class LessonEditorIntegrationTest {

    private static final String LESSON_PAGE = "/courses/exploration/e4-1";
    private static final String EDITOR_PAGE = "/editor/courses/exploration/e4-1/en";
    private static final String MARKER = "Quillwort marker paragraph";

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    Courses courses;
    @Autowired
    LessonEditor lessons;

    private Visitor editor;
    private String original;

    @BeforeEach
    void signIn() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        original = lessons.current(lesson()).orElseThrow().source();
    }

    /** Other tests read this lesson as the file wrote it. */
    @AfterEach
    void putTheFileTextBack() {
        lessons.save(lesson(), original);
    }

    @Test
    void theListNamesEveryLessonInEachLanguageWithItsLastChange() {
        HttpResponse<String> list = editor.get("/editor/courses");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/editor/courses/foundation/f1-1/en\"", "href=\"/editor/courses/foundation/f1-1/sv\"",
                "href=\"" + EDITOR_PAGE + "\"", "Svenska");
        assertThat(editor.get("/editor/journal").body()).contains("href=\"/editor/courses\"");
    }

    @Test
    void aSavedLessonShowsAtOnceWithoutAnythingThatCouldRunOrTrack() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get(LESSON_PAGE).body()).doesNotContain(MARKER); // the shared page is now in memory

        HttpResponse<String> form = editor.get(EDITOR_PAGE);
        assertThat(form.body()).contains("id: e4-1", "language: en", "hx-post=\"" + EDITOR_PAGE + "/preview\"");
        String hostile = original + "\n\n" + MARKER + ". <script>alert(1)</script> <img src=\"x\" onerror=\"alert(2)\">"
                + " <img src=\"https://tracker.example/p.gif\"> [sneaky](javascript:alert(3)) [away](https://example.org/read)\n";
        HttpResponse<String> saved = editor.post(EDITOR_PAGE, "action", "save", "source", hostile);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(redirectPath(saved)).isEqualTo(EDITOR_PAGE + "?saved");

        String page = visitor.get(LESSON_PAGE).body();
        assertThat(page).contains(MARKER, "<a href=\"https://example.org/read\" rel=\"noopener noreferrer\">away</a>")
                .doesNotContain("alert(", "onerror", "javascript:", "tracker.example");
    }

    @Test
    void previewShowsTheLessonWithoutSavingIt() {
        int before = lessons.revisions(lesson()).size();
        editor.get(EDITOR_PAGE);
        HttpResponse<String> preview = editor.post(EDITOR_PAGE, "action", "preview", "source", original + "\n" + MARKER + "\n");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<p>" + MARKER + "</p>");
        HttpResponse<String> live = editor.post(EDITOR_PAGE + "/preview", "source", original + "\n" + MARKER + " *live*\n");
        assertThat(live.body()).contains("id=\"preview\"", "<em>live</em>").doesNotContain("<html");
        assertThat(new Visitor(port).get(LESSON_PAGE).body()).doesNotContain(MARKER);
        assertThat(lessons.revisions(lesson())).hasSize(before);
    }

    @Test
    void everySaveIsARevisionAndAnEarlierOneCanBeRestored() {
        int before = lessons.revisions(lesson()).size();
        editor.get(EDITOR_PAGE);
        editor.post(EDITOR_PAGE, "action", "save", "source", original + "\n" + MARKER + "\n");
        assertThat(new Visitor(port).get(LESSON_PAGE).body()).contains(MARKER);

        List<Revision> history = lessons.revisions(lesson());
        assertThat(history).hasSize(before + 1);
        assertThat(history.getFirst().origin()).isEqualTo(RevisionOrigin.EDITOR);
        String page = editor.get(EDITOR_PAGE).body();
        assertThat(page).contains("Revision " + history.getFirst().number(), "edited", "from the content file", "current");

        HttpResponse<String> restored = editor.post(EDITOR_PAGE + "/restore", "revision", history.get(1).id().toString());
        assertThat(restored.statusCode()).isEqualTo(302);
        assertThat(new Visitor(port).get(LESSON_PAGE).body()).doesNotContain(MARKER);
        assertThat(lessons.revisions(lesson()).getFirst().origin()).isEqualTo(RevisionOrigin.RESTORE);
        assertThat(lessons.current(lesson()).orElseThrow().source()).isEqualTo(original.replace("\r\n", "\n"));

        // a revision of another lesson is not this one's: nothing changes
        Lesson other = courses.lesson("foundation", "f1-1", "en").orElseThrow();
        String foreign = lessons.revisions(other).getFirst().id().toString();
        int count = lessons.revisions(lesson()).size();
        assertThat(editor.post(EDITOR_PAGE + "/restore", "revision", foreign).statusCode()).isEqualTo(404);
        assertThat(lessons.revisions(lesson())).hasSize(count);
    }

    @Test
    void aSourceThatCannotBeReadIsRefusedWithItsLineAndHerTextKept() {
        editor.get(EDITOR_PAGE);
        String brokenYaml = "---\nid: e4-1\ntitle: : wrong\n---\nMy precious paragraph.\n";
        HttpResponse<String> refused = editor.post(EDITOR_PAGE, "action", "save", "source", brokenYaml);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("line 3", "My precious paragraph.", "id=\"source-error\"");

        String otherLanguage = original.replace("language: en", "language: sv") + "\nMy other paragraph.\n";
        HttpResponse<String> wrongLanguage = editor.post(EDITOR_PAGE, "action", "save", "source", otherLanguage);
        assertThat(wrongLanguage.statusCode()).isEqualTo(422);
        assertThat(wrongLanguage.body()).contains("line 1", "language must be en", "My other paragraph.");

        String otherId = original.replace("id: e4-1", "id: e4-2");
        assertThat(editor.post(EDITOR_PAGE, "action", "save", "source", otherId).body()).contains("match the file name");
        assertThat(lessons.current(lesson()).orElseThrow().source()).isEqualTo(original);
    }

    @Test
    void nobodyWithoutTheEditorRoleCanEditALesson() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("lesson-editor"));
        Visitor admin = new Visitor(port);
        Editors.signIn(admin, Role.ADMIN, invitations, outbox);
        Visitor practitioner = new Visitor(port);
        Editors.signIn(practitioner, Role.PRACTITIONER, invitations, outbox);
        for (Visitor someone : List.of(member, admin, practitioner, new Visitor(port))) {
            someone.get("/courses");
            int status = someone.post(EDITOR_PAGE, "action", "save", "source", original + "\n" + MARKER + "\n").statusCode();
            assertThat(status).isIn(302, 403);
            assertThat(someone.get(EDITOR_PAGE).statusCode()).isIn(302, 403);
        }
        assertThat(new Visitor(port).get(LESSON_PAGE).body()).doesNotContain(MARKER);
        assertThat(lessons.current(lesson()).orElseThrow().source()).isEqualTo(original);
    }

    private Lesson lesson() {
        return courses.lesson("exploration", "e4-1", "en").orElseThrow();
    }
}

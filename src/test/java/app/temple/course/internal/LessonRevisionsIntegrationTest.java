package app.temple.course.internal;

import app.temple.TempleIntegrationTest;
import app.temple.content.ContentFile;
import app.temple.content.RevisionOrigin;
import app.temple.content.Revisions;
import app.temple.site.ContentEpoch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where lesson files and the lesson editor meet, as for articles. The loader hands over a file only when its hash
 * changed (ContentLoaderIntegrationTest), so an editor's revision stands across restarts until the file itself
 * changes; the changed file then becomes the newest revision, and her text stays in the history.
 */
@TempleIntegrationTest
class LessonRevisionsIntegrationTest {

    @Autowired
    CourseFiles files;
    @Autowired
    LessonEditor editor;
    @Autowired
    Courses courses;
    @Autowired
    CourseEpoch epoch;
    @Autowired
    Revisions revisions;

    @Test
    void aChangedFileBecomesTheNewestRevisionAfterTheEditors() {
        // a course of its own, which no course list names, so no other test sees these lessons
        String course = "revisions-" + UUID.randomUUID().toString().substring(0, 8);
        files.load(file(course, "From the file"));
        Lesson loaded = courses.lesson(course, "t1-1", "en").orElseThrow();
        assertThat(editor.revisions(loaded)).extracting(revision -> revision.origin()).containsExactly(RevisionOrigin.FILE);

        editor.save(loaded, source("Edited on the web"));
        assertThat(courses.lesson(course, "t1-1", "en").orElseThrow().title()).isEqualTo("Edited on the web");

        files.load(file(course, "The file changed"));
        assertThat(courses.lesson(course, "t1-1", "en").orElseThrow().title()).isEqualTo("The file changed");
        assertThat(editor.revisions(loaded)).extracting(revision -> revision.origin())
                .containsExactly(RevisionOrigin.FILE, RevisionOrigin.EDITOR, RevisionOrigin.FILE);
        assertThat(editor.revisions(loaded).get(1).source()).contains("Edited on the web");
    }

    @Test
    void aLessonSavedByAnotherInstanceMovesTheCoursePagesEpochAtTheNextPoll() {
        epoch.poll();
        long tick = ContentEpoch.tick();
        // written past this instance's Courses, as another instance sharing the database would: only a poll can tell
        // (the background poller may be the one that does)
        revisions.add(LessonEditor.document("elsewhere", "t1-1", "en"), "text", RevisionOrigin.EDITOR);
        epoch.poll();
        assertThat(epoch.epoch().unchangedSince(tick)).isFalse();
    }

    private static ContentFile file(String course, String title) {
        return new ContentFile("courses/" + course + "/t1-1.md", source(title), UUID.randomUUID().toString());
    }

    private static String source(String title) {
        return "---\nid: t1-1\ntitle: " + title + "\nlanguage: en\nmodule: 1\norder: 1\nformat: text\nminutes: 5\n---\nText.\n";
    }
}

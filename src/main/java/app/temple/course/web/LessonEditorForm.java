package app.temple.course.web;

import app.temple.content.Revision;
import app.temple.course.internal.Lesson;
import app.temple.content.MalformedContentException;
import app.temple.site.Dates;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The lesson editor as it is shown: the lesson as saved, the source she typed (kept on every error), its revisions
 * (the newest is the one the lesson shows), and an optional preview, problem or notice.
 */
public record LessonEditorForm(Lesson lesson, String source, List<Revision> revisions, LessonPreview preview,
                               MalformedContentException problem, boolean saved) {

    /** Times are shown where the editorial team works, as on the Journal's desk. */
    public static final ZoneId TIMES = Dates.HOME;

    static LessonEditorForm of(Lesson lesson, String source, List<Revision> revisions) {
        return new LessonEditorForm(lesson, source, revisions, null, null, false);
    }

    LessonEditorForm withPreview(LessonPreview preview) {
        return new LessonEditorForm(lesson, source, revisions, preview, problem, saved);
    }

    LessonEditorForm withProblem(MalformedContentException problem) {
        return new LessonEditorForm(lesson, source, revisions, preview, problem, saved);
    }

    LessonEditorForm withSaved() {
        return new LessonEditorForm(lesson, source, revisions, preview, problem, true);
    }

    /** The revision the lesson shows: the newest. */
    public UUID current() {
        return revisions.isEmpty() ? null : revisions.getFirst().id();
    }

    public String path() {
        return path(lesson);
    }

    static String path(Lesson lesson) {
        return LessonEditorController.BASE + "/" + lesson.course() + "/" + lesson.id() + "/" + lesson.language();
    }
}

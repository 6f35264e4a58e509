package app.temple.course.web;

import app.temple.course.internal.Lesson;

import java.time.Instant;

/** A line of the lesson editor's list: a lesson in one language and when it last changed (null if never recorded). */
public record EditableLesson(Lesson lesson, Instant lastChanged) {

    public String editPath() {
        return LessonEditorForm.path(lesson);
    }
}

package app.temple.course.web;

import app.temple.course.internal.Lesson;
import app.temple.content.MalformedContentException;

/** What the lesson editor's preview shows: the lesson as her source would make it, or why it cannot be read. */
public record LessonPreview(Lesson lesson, MalformedContentException problem) {
}

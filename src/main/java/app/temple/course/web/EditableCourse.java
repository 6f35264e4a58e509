package app.temple.course.web;

import app.temple.course.internal.Course;

import java.util.List;

/** A course and its lessons as the lesson editor's list shows them. */
public record EditableCourse(Course course, List<EditableLesson> lessons) {
}

package app.temple.course.web;

import app.temple.course.internal.Reflections;

/** A reflection on her reflections page, with the lesson it belongs to. */
public record ReflectionView(Reflections.Reflection reflection, String lessonTitle, String path) {
}

package app.temple.course.web;

import app.temple.course.internal.Course;
import app.temple.course.internal.Lesson;

import java.util.List;
import java.util.Locale;

/**
 * A lesson as its page shows it.
 *
 * @param open       whether she may read all of it: a free preview, or any lesson of a course she holds a grant for
 * @param granted    whether she holds a grant for the course: without one, a free preview says how to get the rest
 * @param translated false when she reads Swedish pages but the lesson is written only in English
 * @param next       the lesson after this one in the course, or null at the end
 */
public record LessonView(String courseTitle, String coursePath, String moduleTitle, Lesson lesson, boolean open,
                         boolean granted, boolean translated, Lesson previous, Lesson next, List<Lesson> freePreviews) {

    /** @param granted whether she holds an access grant for this course */
    static LessonView of(Course course, Lesson lesson, List<Lesson> all, Locale locale, boolean granted) {
        int at = all.indexOf(lesson);
        String module = course.modules().stream().filter(m -> m.number() == lesson.module()).findFirst()
                .map(m -> m.title(locale)).orElse("");
        return new LessonView(course.title(locale), course.path(), module, lesson, lesson.freePreview() || granted,
                granted, lesson.language().equals(locale.getLanguage()) || !"sv".equals(locale.getLanguage()),
                at > 0 ? all.get(at - 1) : null, at < all.size() - 1 ? all.get(at + 1) : null,
                all.stream().filter(Lesson::freePreview).toList());
    }
}

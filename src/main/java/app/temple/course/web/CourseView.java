package app.temple.course.web;

import app.temple.course.internal.Course;
import app.temple.course.internal.Lesson;

import java.util.List;
import java.util.Locale;

/** A course as its page shows it: in her language, module by module, with what is free to read. */
public record CourseView(String slug, String path, String title, String summary, String recommendedQuiz, int minutes,
                         int lessonCount, List<ModuleView> modules, List<Lesson> freePreviews) {

    static CourseView of(Course course, List<Lesson> lessons, Locale locale) {
        List<ModuleView> modules = course.modules().stream()
                .map(module -> new ModuleView(module.number(), module.title(locale),
                        lessons.stream().filter(lesson -> lesson.module() == module.number()).toList()))
                .toList();
        return new CourseView(course.slug(), course.path(), course.title(locale), course.summary(locale),
                course.recommendedQuiz(), course.minutes(), lessons.size(), modules,
                lessons.stream().filter(Lesson::freePreview).toList());
    }

    /** A module and its lessons, in order. */
    public record ModuleView(int number, String title, List<Lesson> lessons) {
    }
}

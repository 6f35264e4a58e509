package app.temple.course.web;

import app.temple.account.AccountHomeSection;
import app.temple.course.internal.Course;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.Progress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Her courses on her account home: each course she has begun, how far she is, and a link back to where she left off. */
@Component
class CourseHomeSection implements AccountHomeSection {

    private final Courses courses;
    private final Progress progress;
    private final MessageSource messages;

    CourseHomeSection(Courses courses, Progress progress, MessageSource messages) {
        this.courses = courses;
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        List<Item> begun = new ArrayList<>();
        for (Course course : courses.all()) {
            Optional<String> last = progress.lastOpened(member, course.slug());
            if (last.isEmpty()) {
                continue;
            }
            int lessons = courses.lessons(course.slug(), "en").size();
            int done = progress.done(member, course.slug()).size();
            Optional<Lesson> lesson = courses.lesson(course.slug(), last.get(), "en");
            begun.add(new Item(lesson.map(Lesson::path).orElse(course.path()),
                    text("course.account.continue", locale, course.title(locale)),
                    text("course.progress.all", locale, done, lessons)));
        }
        return Optional.of(new Card(text("course.account.heading", locale), begun,
                new Empty(text("course.account.empty", locale), new Link(CourseController.INDEX, text("course.account.begin", locale))),
                begun.isEmpty() ? List.of() : List.of(new Link(CourseController.INDEX, text("course.account.all", locale)))));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

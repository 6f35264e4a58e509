package app.temple.course.web;

import app.temple.account.AccountLinks;
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

/** Her courses on her account page: each course she has begun, how far she is, and where she left off. */
@Component
class CourseAccountLinks implements AccountLinks {

    private final Courses courses;
    private final Progress progress;
    private final MessageSource messages;

    CourseAccountLinks(Courses courses, Progress progress, MessageSource messages) {
        this.courses = courses;
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public String heading(Locale locale) {
        return messages.getMessage("course.account.heading", null, locale);
    }

    @Override
    public List<Link> linksFor(UUID member, Locale locale) {
        List<Link> links = new ArrayList<>();
        for (Course course : courses.all()) {
            Optional<String> last = progress.lastOpened(member, course.slug());
            if (last.isEmpty()) {
                continue;
            }
            int lessons = courses.lessons(course.slug(), "en").size();
            int done = progress.done(member, course.slug()).size();
            String note = messages.getMessage("course.progress.all", new Object[] {done, lessons}, locale);
            Optional<Lesson> lesson = courses.lesson(course.slug(), last.get(), "en");
            links.add(new Link(lesson.map(Lesson::path).orElse(course.path()),
                    messages.getMessage("course.account.continue", new Object[] {course.title(locale)}, locale), note));
        }
        links.add(new Link(CourseController.INDEX, messages.getMessage("course.account.all", null, locale), null));
        links.add(new Link("/account/reflections", messages.getMessage("course.reflections.title", null, locale), null));
        return links;
    }
}

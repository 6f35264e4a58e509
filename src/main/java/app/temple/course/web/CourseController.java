package app.temple.course.web;

import app.temple.account.CurrentMember;
import app.temple.billing.Offers;
import app.temple.course.internal.Course;
import app.temple.course.internal.CourseEpoch;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.LessonMedia;
import app.temple.course.internal.Progress;
import app.temple.course.internal.Reflections;
import app.temple.site.SharedPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.List;
import java.util.Locale;

/**
 * The courses, a course's modules and lessons, and a lesson. Three lessons of every course are open to everyone; the
 * rest open to a member who holds an access grant ({@link LessonAccess}), and otherwise show what they are about and
 * how to get access, never a bare refusal. Visitors share the pages under the courses' own epoch, which a new
 * content file or an editor's save moves.
 */
@Controller
class CourseController {

    static final String INDEX = "/courses";
    static final String PAUSE = "/courses/pause";

    private final Courses courses;
    private final Progress progress;
    private final Reflections reflections;
    private final LessonAccess access;
    private final LessonMedia media;
    private final CourseEpoch epoch;
    private final Offers offers;

    CourseController(Courses courses, Progress progress, Reflections reflections, LessonAccess access, LessonMedia media,
                     CourseEpoch epoch, Offers offers) {
        this.epoch = epoch;
        this.offers = offers;
        this.media = media;
        this.access = access;
        this.courses = courses;
        this.progress = progress;
        this.reflections = reflections;
    }

    @GetMapping(INDEX)
    String index(HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("courses", courses.all().stream().map(course -> CourseView.of(course, lessons(course, locale), locale)).toList());
        SharedPage.share(request, epoch.epoch());
        return "course/index";
    }

    /**
     * "Pause — ground me": a short grounding practice, then back to exactly where she was. Only a lesson's own address
     * can be the way back, so the link cannot send her anywhere else.
     */
    @GetMapping(PAUSE)
    String pause(@org.springframework.web.bind.annotation.RequestParam(required = false) String back, Model model) {
        model.addAttribute("back", back != null && back.matches("/courses/[a-z][a-z0-9-]{0,40}/[a-z][0-9]+-[0-9]+") ? back : INDEX);
        return "course/pause";
    }

    @GetMapping(INDEX + "/{course}")
    String course(@PathVariable String course, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        Course found = course(course);
        List<Lesson> lessons = lessons(found, locale);
        model.addAttribute("course", CourseView.of(found, lessons, locale));
        model.addAttribute("mine", CurrentMember.id().map(member -> MyCourse.of(lessons, progress.done(member, course),
                progress.lastOpened(member, course).orElse(null), progress.savedForLater(member, course))).orElse(null));
        model.addAttribute("offers", access.granted(course) ? null : offers.forCourse(course));
        SharedPage.share(request, epoch.epoch());
        return "course/course";
    }

    @GetMapping(INDEX + "/{course}/{lesson}")
    String lesson(@PathVariable String course, @PathVariable String lesson, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        Course found = course(course);
        List<Lesson> all = lessons(found, locale);
        Lesson shown = all.stream().filter(l -> l.id().equals(lesson)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean granted = access.granted(course);
        LessonView view = LessonView.of(found, shown, all, locale, granted);
        model.addAttribute("lesson", view);
        model.addAttribute("offers", view.open() ? null : offers.forCourse(course));
        Lesson recorded = courses.lesson(course, lesson, "en").orElse(shown);
        LessonMedia.Stored stored = view.open() ? media.stored(recorded) : null;
        model.addAttribute("recording", stored == null ? null : stored.recording().orElse(null));
        model.addAttribute("captions", stored != null && stored.captions().isPresent());
        model.addAttribute("mine", CurrentMember.id().filter(member -> view.open()).map(member -> {
            progress.opened(member, course, lesson);
            return new MyLesson(progress.done(member, course).contains(lesson),
                    reflections.of(member, course, lesson).orElse(""), progress.position(member, course, lesson));
        }).orElse(null));
        if (!granted) {
            // a page with her grant's lessons open is hers alone; without one, every visitor gets the same
            SharedPage.share(request, epoch.epoch());
        }
        return "course/lesson";
    }

    private Course course(String slug) {
        return courses.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Every lesson of the course, in her language where it is written in it, else in English. */
    private List<Lesson> lessons(Course course, Locale locale) {
        List<Lesson> english = courses.lessons(course.slug(), "en");
        if (!"sv".equals(locale.getLanguage())) {
            return english;
        }
        List<Lesson> swedish = courses.lessons(course.slug(), "sv");
        return english.stream()
                .map(lesson -> swedish.stream().filter(sv -> sv.id().equals(lesson.id())).findFirst().orElse(lesson))
                .toList();
    }
}

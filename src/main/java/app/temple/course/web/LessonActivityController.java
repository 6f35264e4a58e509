package app.temple.course.web;

import app.temple.account.CurrentMember;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.Progress;
import app.temple.course.internal.Reflections;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.UUID;

/**
 * What she does with a lesson she may open: mark it done (and undo that), and keep her private reflection. Each
 * answer sends her back to the lesson, to the part she was at, so that all of it works with a plain form.
 */
@Controller
class LessonActivityController {

    private final Courses courses;
    private final Progress progress;
    private final Reflections reflections;
    private final MessageSource messages;
    private final LessonAccess access;

    LessonActivityController(Courses courses, Progress progress, Reflections reflections, MessageSource messages,
                             LessonAccess access) {
        this.access = access;
        this.courses = courses;
        this.progress = progress;
        this.reflections = reflections;
        this.messages = messages;
    }

    @PostMapping(CourseController.INDEX + "/{course}/{lesson}/done")
    String done(@PathVariable String course, @PathVariable String lesson) {
        progress.markDone(me(), course, openable(course, lesson).id());
        return "redirect:" + CourseController.INDEX + "/" + course + "/" + lesson + "#progress";
    }

    @PostMapping(CourseController.INDEX + "/{course}/{lesson}/undone")
    String undone(@PathVariable String course, @PathVariable String lesson) {
        progress.markUndone(me(), course, openable(course, lesson).id());
        return "redirect:" + CourseController.INDEX + "/" + course + "/" + lesson + "#progress";
    }

    @PostMapping(CourseController.INDEX + "/{course}/{lesson}/later")
    String later(@PathVariable String course, @PathVariable String lesson) {
        progress.saveForLater(me(), course, openable(course, lesson).id());
        return "redirect:" + CourseController.INDEX + "/" + course + "#saved";
    }

    @PostMapping(CourseController.INDEX + "/{course}/{lesson}/reflection")
    ModelAndView reflect(@PathVariable String course, @PathVariable String lesson,
                         @RequestParam(defaultValue = "") String reflection, HttpServletRequest request) {
        Lesson found = openable(course, lesson);
        if (reflection.length() > Reflections.MAXIMUM_CHARACTERS) {
            ModelAndView again = new ModelAndView("course/reflection-refused", HttpStatus.UNPROCESSABLE_ENTITY);
            again.addObject("path", found.path());
            again.addObject("reflection", reflection);
            again.addObject("error", messages.getMessage("course.reflection.tooLong",
                    new Object[] {Reflections.MAXIMUM_CHARACTERS}, RequestContextUtils.getLocale(request)));
            return again;
        }
        reflections.save(me(), course, found.id(), reflection);
        return new ModelAndView("redirect:" + found.path() + "?saved#reflection");
    }

    /**
     * The same save, for the page's script as she writes: an empty answer when kept, a problem when not. The script
     * keeps her text in the page until this confirms.
     */
    @PostMapping(path = CourseController.INDEX + "/{course}/{lesson}/reflection", produces = "application/json")
    org.springframework.http.ResponseEntity<Void> reflectAsSheWrites(@PathVariable String course, @PathVariable String lesson,
                                                                      @RequestParam(defaultValue = "") String reflection) {
        Lesson found = openable(course, lesson);
        if (reflection.length() > Reflections.MAXIMUM_CHARACTERS) {
            return org.springframework.http.ResponseEntity.unprocessableEntity().build();
        }
        reflections.save(me(), course, found.id(), reflection);
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @GetMapping("/account/reflections")
    String mine(Model model) {
        model.addAttribute("reflections", reflections.all(me()).stream()
                .map(reflection -> new ReflectionView(reflection, courses.lesson(reflection.course(), reflection.lesson(), "en")
                        .map(Lesson::title).orElse(reflection.lesson()),
                        CourseController.INDEX + "/" + reflection.course() + "/" + reflection.lesson()))
                .toList());
        return "course/reflections";
    }

    private Lesson openable(String course, String lesson) {
        return access.openable(course, lesson);
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

package app.temple.course.web;

import app.temple.content.Revision;
import app.temple.course.internal.Course;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.LessonEditor;
import app.temple.content.MalformedContentException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Editors edit lessons the way they edit articles: the whole source (front matter and Markdown) beside its preview,
 * saved as a revision and rendered into the lesson at once; an earlier revision can be restored. A source that cannot
 * be read is refused with its line, and her text stays in the field.
 */
@Controller
class LessonEditorController {

    static final String BASE = "/editor/courses";
    private static final String LESSON = BASE + "/{course}/{lesson}/{language}";

    private final Courses courses;
    private final LessonEditor editor;

    LessonEditorController(Courses courses, LessonEditor editor) {
        this.courses = courses;
        this.editor = editor;
    }

    @GetMapping(BASE)
    String list(Model model) {
        Map<String, Instant> changes = editor.lastChanges();
        model.addAttribute("courses", courses.all().stream().map(course -> new EditableCourse(course, lessons(course, changes))).toList());
        return "course/editor-list";
    }

    @GetMapping(LESSON)
    String edit(@PathVariable String course, @PathVariable String lesson, @PathVariable String language,
                @RequestParam(required = false) String saved, Model model) {
        Lesson found = found(course, lesson, language);
        LessonEditorForm form = LessonEditorForm.of(found, editor.current(found).map(Revision::source).orElse(""),
                editor.revisions(found));
        model.addAttribute("form", saved != null ? form.withSaved() : form);
        return "course/editor-lesson";
    }

    @PostMapping(LESSON)
    ModelAndView save(@PathVariable String course, @PathVariable String lesson, @PathVariable String language,
                      @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "save") String action) {
        Lesson found = found(course, lesson, language);
        LessonEditorForm form = LessonEditorForm.of(found, source, editor.revisions(found));
        if (action.equals("preview")) {
            return page(form.withPreview(preview(found, source)), HttpStatus.OK);
        }
        try {
            editor.save(found, source);
        } catch (MalformedContentException problem) {
            return page(form.withProblem(problem), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:" + form.path() + "?saved");
    }

    /** The live preview's fragment, for htmx. */
    @PostMapping(LESSON + "/preview")
    String livePreview(@PathVariable String course, @PathVariable String lesson, @PathVariable String language,
                       @RequestParam(defaultValue = "") String source, Model model) {
        model.addAttribute("preview", preview(found(course, lesson, language), source));
        return "course/editor-preview";
    }

    /** A revision of another lesson, or of none, is not found here: 404, and nothing changes. */
    @PostMapping(LESSON + "/restore")
    ModelAndView restore(@PathVariable String course, @PathVariable String lesson, @PathVariable String language,
                         @RequestParam UUID revision) {
        Lesson found = found(course, lesson, language);
        try {
            editor.restore(found, revision).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (MalformedContentException problem) {
            // an old source the reader no longer accepts: shown with its problem, and the lesson stays as it was
            String source = editor.revision(found, revision).map(Revision::source).orElse("");
            return page(LessonEditorForm.of(found, source, editor.revisions(found)).withProblem(problem),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:" + LessonEditorForm.path(found) + "?saved");
    }

    private static LessonPreview preview(Lesson lesson, String source) {
        try {
            return new LessonPreview(LessonEditor.read(lesson.course(), lesson.id(), lesson.language(), source), null);
        } catch (MalformedContentException problem) {
            return new LessonPreview(null, problem);
        }
    }

    /** Every lesson of the course in each language it is written in, in course order, English first. */
    private List<EditableLesson> lessons(Course course, Map<String, Instant> changes) {
        return Stream.of("en", "sv")
                .flatMap(language -> courses.lessons(course.slug(), language).stream())
                .sorted(Comparator.comparing(Lesson::module).thenComparing(Lesson::position).thenComparing(Lesson::language))
                .map(lesson -> new EditableLesson(lesson, changes.get(LessonEditor.document(lesson).key())))
                .toList();
    }

    private Lesson found(String course, String lesson, String language) {
        return courses.lesson(course, lesson, language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ModelAndView page(LessonEditorForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("course/editor-lesson", status);
        page.addObject("form", form);
        return page;
    }
}

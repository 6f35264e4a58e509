package app.temple.course.web;

import app.temple.account.CurrentMember;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.LessonFormat;
import app.temple.course.internal.MediaUploads;
import app.temple.course.internal.UploadProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where editors upload the recordings and captions of audio and video lessons: one page listing every such lesson
 * with what it has, and a plain multipart form per lesson for each. A refused upload shows the page again with what
 * was wrong beside the lesson, with its status (400, or 413 when too large); nothing was written.
 */
@Controller
class LessonMediaUploadController {

    static final String BASE = "/editor/media";
    /** The form field that carries the file. */
    static final String FILE = "file";

    private final Courses courses;
    private final MediaUploads uploads;

    LessonMediaUploadController(Courses courses, MediaUploads uploads) {
        this.courses = courses;
        this.uploads = uploads;
    }

    @GetMapping(BASE)
    ModelAndView desk(@RequestParam(defaultValue = "") String saved, HttpServletRequest request) {
        return page(request, saved, null, null, HttpStatus.OK);
    }

    @PostMapping(BASE + "/{course}/{lesson}/recording")
    ModelAndView recording(@PathVariable String course, @PathVariable String lesson, HttpServletRequest request)
            throws IOException {
        Lesson found = takesMedia(course, lesson);
        try (InputStream upload = file(request)) {
            uploads.storeRecording(found, upload, editor());
        } catch (UploadProblem problem) {
            return refused(request, found, problem);
        }
        return saved(found);
    }

    @PostMapping(BASE + "/{course}/{lesson}/captions")
    ModelAndView captions(@PathVariable String course, @PathVariable String lesson,
                          @RequestParam(defaultValue = "") String language, HttpServletRequest request) throws IOException {
        Lesson found = takesMedia(course, lesson);
        try (InputStream upload = file(request)) {
            uploads.storeCaptions(found, language, upload, editor());
        } catch (UploadProblem problem) {
            return refused(request, found, problem);
        }
        return saved(found);
    }

    /** An audio or video lesson that exists; any other course or lesson is not found, and nothing is read. */
    private Lesson takesMedia(String course, String lesson) {
        return courses.lesson(course, lesson, "en").filter(found -> found.format() != LessonFormat.TEXT)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The uploaded file's bytes; a request that is not multipart, or has no file in it, sent none. */
    private static InputStream file(HttpServletRequest request) throws IOException, UploadProblem {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile(FILE);
        if (file == null) {
            throw new UploadProblem(UploadProblem.Reason.NO_FILE);
        }
        return file.getInputStream();
    }

    private static UUID editor() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static ModelAndView saved(Lesson lesson) {
        String anchor = MediaDesk.anchor(lesson.course(), lesson.id());
        return new ModelAndView("redirect:" + BASE + "?saved=" + anchor + "#" + anchor);
    }

    private ModelAndView refused(HttpServletRequest request, Lesson lesson, UploadProblem problem) {
        return page(request, "", MediaDesk.anchor(lesson.course(), lesson.id()), problem.reason().messageKey(),
                HttpStatus.valueOf(problem.reason().status()));
    }

    /** The lesson with its title in her language where it has been translated. */
    private MediaDesk.Row row(Lesson lesson, Locale locale) {
        Lesson titled = locale.getLanguage().equals("en") ? lesson
                : courses.lesson(lesson.course(), lesson.id(), locale.getLanguage()).orElse(lesson);
        return new MediaDesk.Row(uploads.state(lesson), titled.title(), titled.language());
    }

    private ModelAndView page(HttpServletRequest request, String saved, String problemLesson, String problemKey,
                              HttpStatus status) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<MediaDesk.CourseMedia> all = courses.all().stream().map(course -> new MediaDesk.CourseMedia(course.slug(),
                course.title(locale), courses.lessons(course.slug(), "en").stream()
                .filter(lesson -> lesson.format() != LessonFormat.TEXT).map(lesson -> row(lesson, locale)).toList())).toList();
        return new ModelAndView("course/media-uploads",
                Map.of("desk", new MediaDesk(all, saved, problemLesson, problemKey)), status);
    }
}

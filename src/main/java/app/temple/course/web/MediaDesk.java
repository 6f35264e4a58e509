package app.temple.course.web;

import app.temple.course.internal.MediaUploads;
import app.temple.course.internal.MediaUploads.MediaState;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The editor's media desk: each course with its audio and video lessons and what each has, and the outcome of the
 * last upload (a lesson saved, or a problem with one), shown beside that lesson.
 */
public record MediaDesk(List<CourseMedia> courses, String savedLesson, String problemLesson, String problemKey) {

    /** One course's lessons that take a recording. */
    public record CourseMedia(String slug, String title, List<Row> lessons) {
    }

    /**
     * A lesson with what it has, and its title in the page's language where it has one, else in English
     * ({@code titleLanguage} says which, for the page to mark).
     */
    public record Row(MediaState state, String title, String titleLanguage) {

        /** Its place on the page, and the key the outcome of an upload names it by. */
        public String anchor() {
            return MediaDesk.anchor(state.lesson().course(), state.lesson().id());
        }

        public String action(String what) {
            return LessonMediaUploadController.BASE + "/" + state.lesson().course() + "/" + state.lesson().id() + "/" + what;
        }
    }

    static String anchor(String course, String lesson) {
        return course + "-" + lesson;
    }

    public boolean saved(Row row) {
        return row.anchor().equals(savedLesson);
    }

    public boolean refused(Row row) {
        return row.anchor().equals(problemLesson);
    }

    /** The languages captions are kept in. */
    public static List<String> captionLanguages() {
        return MediaUploads.captionLanguages();
    }

    /** A size as people read it: bytes, kB or MB (decimal, as file managers show them), in her language's digits. */
    public static String size(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1000) {
            return number.format(bytes) + " B";
        }
        return bytes < 1_000_000 ? number.format(bytes / 1000.0) + " kB" : number.format(bytes / 1_000_000.0) + " MB";
    }
}

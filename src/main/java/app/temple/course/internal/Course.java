package app.temple.course.internal;

import java.util.List;
import java.util.Locale;

/** A course as loaded from its {@code course.yaml}: titles and summaries in English and Swedish, and its modules. */
public record Course(String slug, String titleEn, String titleSv, String summaryEn, String summarySv,
                     String recommendedQuiz, int minutes, List<CourseModule> modules) {

    public String title(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? titleSv : titleEn;
    }

    public String summary(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? summarySv : summaryEn;
    }

    public String path() {
        return "/courses/" + slug;
    }

    /** One module of a course, numbered from 1. */
    public record CourseModule(int number, String titleEn, String titleSv) {
        public String title(Locale locale) {
            return "sv".equals(locale.getLanguage()) ? titleSv : titleEn;
        }
    }
}

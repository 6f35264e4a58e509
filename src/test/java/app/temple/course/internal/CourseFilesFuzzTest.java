package app.temple.course.internal;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static app.temple.content.ContentFuzzing.file;
import static app.temple.content.ContentFuzzing.loadsOrIsMalformed;

/** Whatever bytes a course's files hold, they load as a course and lessons or are refused as malformed. */
class CourseFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"slug: exploration", "title:", "  en: ", "  sv: ", "summary:", "modules:", "  - number: ",
            "minutes: ", "recommended-quiz: "})
    void aCourseFileLoadsOrIsMalformed(byte[] input) {
        loadsOrIsMalformed(() -> CourseFiles.course(file("courses/exploration/course.yaml", input), "exploration"));
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"---", "id: e1-1", "language: en", "format: text", "format: audio", "module: ", "order: ",
            "minutes: ", "free-preview: true", "practice:", "  steps: ", "citations:", "quizzes: ["})
    void aLessonLoadsOrIsMalformed(byte[] input) {
        loadsOrIsMalformed(() -> CourseFiles.lesson(file("courses/exploration/e1-1.md", input), "exploration"));
    }
}

package app.temple.course;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two courses as loaded from content/courses/, and their pages as a visitor meets them: every lesson has a page,
 * three a course are open to everyone, the rest say what they are about and how to get access, and every lesson link
 * the Journal gives lands on a lesson.
 */
@TempleIntegrationTest
class CoursePagesIntegrationTest {

    private static final Pattern LESSON_LINK = Pattern.compile("href=\"(/courses/[a-z]+/[a-z][0-9]+-[0-9]+)\"");
    private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(/journal/[a-z0-9-]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Courses courses;

    @Test
    void bothCoursesAreLoadedWithTheirLessonsModulesAndThreeFreePreviewsEach() {
        assertThat(courses.lessons("foundation", "en")).hasSize(19);
        assertThat(courses.lessons("exploration", "en")).hasSize(18);
        assertThat(courses.find("foundation").orElseThrow().modules()).hasSize(5);
        assertThat(courses.find("exploration").orElseThrow().modules()).hasSize(5);
        for (String course : List.of("foundation", "exploration")) {
            assertThat(courses.lessons(course, "en")).filteredOn(Lesson::freePreview).as(course).hasSize(3);
        }
    }

    /** The brief: 300–900 words a lesson, each cited source listed, nothing that could run on the page. */
    @Test
    void everyLessonIsOfItsLengthCitesItsSourcesAndHoldsNoScript() {
        for (String course : List.of("foundation", "exploration")) {
            for (Lesson lesson : courses.lessons(course, "en")) {
                int words = lesson.bodyHtml().replaceAll("<[^>]+>", " ").trim().split("\\s+").length;
                assertThat(words).as(lesson.path() + " words").isBetween(300, 900);
                assertThat(lesson.citations()).as(lesson.path() + " citations").isNotEmpty();
                assertThat(lesson.bodyHtml()).as(lesson.path()).doesNotContainIgnoringCase("<script").doesNotContain("onerror");
            }
        }
    }

    @Test
    void swedishCoversEveryFreePreviewAndAllOfFoundationsFirstModule() {
        Set<String> swedish = new LinkedHashSet<>();
        courses.lessons("foundation", "sv").forEach(lesson -> swedish.add(lesson.path()));
        courses.lessons("exploration", "sv").forEach(lesson -> swedish.add(lesson.path()));
        for (String course : List.of("foundation", "exploration")) {
            for (Lesson lesson : courses.lessons(course, "en")) {
                if (lesson.freePreview() || lesson.path().startsWith("/courses/foundation/f1-")) {
                    assertThat(swedish).as("a Swedish text of " + lesson.path()).contains(lesson.path());
                }
            }
        }
    }

    @Test
    void theCoursesPageListsBothInEitherLanguage() {
        Http http = new Http(port);
        assertThat(http.get("/courses").body()).contains("Foundation", "Exploration", "3 lessons are open to everyone");
        assertThat(http.get("/courses?lang=sv").body()).contains("Grunden", "Utforskande", "Kurser");
        assertThat(http.get("/courses/foundation").body()).contains("Module 1", "Free preview", "/courses/foundation/f1-1");
    }

    @Test
    void aFreePreviewIsWhollyOpenAndALockedLessonSaysWhatItIsAboutAndHowToGetIn() {
        Http http = new Http(port);
        String open = http.get("/courses/foundation/f1-1").body();
        assertThat(open).contains("id=\"lesson-text\"", "References", "Take care of yourself", "href=\"/help\"")
                .doesNotContain("Part of the full course");

        HttpResponse<String> locked = http.get("/courses/foundation/f1-2");
        assertThat(locked.statusCode()).as("never a bare refusal").isEqualTo(200);
        assertThat(locked.body()).contains("Part of the full course", "These lessons are open to everyone",
                "/courses/foundation/f2-1").doesNotContain("id=\"lesson-text\"");
    }

    @Test
    void aLessonWithAContentNoteOpensWithItAndTheThreeChoices() {
        String body = new Http(port).get("/courses/foundation/f4-1").body();
        assertThat(body.indexOf("Before you begin")).as("the note comes first").isPositive()
                .isLessThan(body.indexOf("id=\"lesson-text\""));
        assertThat(body).contains("Continue to the lesson", "Skip for now", "Come back later");
    }

    @Test
    void aSwedishReaderGetsTheSwedishTextAndIsToldWhenThereIsNone() {
        Http http = new Http(port);
        assertThat(http.get("/courses/foundation/f1-1?lang=sv").body()).contains("lang=\"sv\"")
                .doesNotContain("inte på svenska än");
        assertThat(http.get("/courses/foundation/f2-2?lang=sv").body()).contains("Den här lektionen finns inte på svenska än");
    }

    /** "Pause — ground me" is on every lesson and brings her back to it, and nowhere but a lesson. */
    @Test
    void thePauseTakesHerBackToWhereSheWasAndNowhereElse() {
        Http http = new Http(port);
        assertThat(http.get("/courses/foundation/f1-2").body()).contains("href=\"/courses/pause?back=/courses/foundation/f1-2\"");
        assertThat(http.get("/courses/pause?back=/courses/foundation/f1-2").body())
                .contains("A pause to ground yourself", "href=\"/courses/foundation/f1-2\"");
        assertThat(http.get("/courses/pause?back=//evil.example/x").body()).doesNotContain("evil.example")
                .contains("href=\"/courses\"");
    }

    @Test
    void anUnknownCourseOrLessonIsNotFound() {
        Http http = new Http(port);
        assertThat(http.get("/courses/no-such-course").statusCode()).isEqualTo(404);
        assertThat(http.get("/courses/foundation/f9-9").statusCode()).isEqualTo(404);
    }

    /** Every lesson link a Journal article, a quiz or a lesson gives lands on a lesson. */
    @Test
    void everyLessonLinkFromTheJournalTheQuizzesAndTheLessonsLandsOnALesson() throws java.io.IOException {
        Http http = new Http(port);
        Set<String> links = new LinkedHashSet<>();
        Matcher articles = ARTICLE_LINK.matcher(http.get("/journal").body());
        while (articles.find()) {
            collect(http.get(articles.group(1)).body(), links);
        }
        for (String course : List.of("foundation", "exploration")) {
            for (Lesson lesson : courses.lessons(course, "en")) {
                collect(http.get(lesson.path()).body(), links);
            }
        }
        for (java.nio.file.Path quiz : java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("content/quizzes"), "*.yaml")) {
            Matcher lesson = Pattern.compile("lesson: (/courses/\\S+)").matcher(java.nio.file.Files.readString(quiz));
            assertThat(lesson.find()).as(quiz + " links a lesson").isTrue();
            links.add(lesson.group(1));
        }
        assertThat(links).isNotEmpty();
        for (String link : links) {
            assertThat(http.get(link).statusCode()).as(link).isEqualTo(200);
        }
    }

    private static void collect(String body, Set<String> links) {
        Matcher lesson = LESSON_LINK.matcher(body);
        while (lesson.find()) {
            links.add(lesson.group(1));
        }
    }
}

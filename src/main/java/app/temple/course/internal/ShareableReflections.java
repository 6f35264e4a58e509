package app.temple.course.internal;

import app.temple.course.MyReflections;
import app.temple.vault.Reader;
import app.temple.vault.SealedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Her reflections as she may share them: the list reads only which lesson and when; the one she shared is opened
 * through {@link SealedReads}, so that each look by someone else lands in her access log (privacy rule 5).
 */
@Component
class ShareableReflections implements MyReflections {

    private final JdbcClient jdbc;
    private final Courses courses;
    private final SealedReads sealedReads;

    ShareableReflections(JdbcClient jdbc, Courses courses, SealedReads sealedReads) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.sealedReads = sealedReads;
    }

    @Override
    public List<Listed> listOf(UUID member, String language) {
        record Row(String course, String lesson, Timestamp at) {
        }
        // read whole before the titles are looked up: no query inside another's row mapper
        List<Row> rows = jdbc.sql("select course_slug, lesson_id, updated_at from course_reflection where member_id = ? order by updated_at desc")
                .param(member)
                .query((row, i) -> new Row(row.getString("course_slug"), row.getString("lesson_id"), row.getTimestamp("updated_at")))
                .list();
        return rows.stream().map(row -> new Listed(row.course() + "/" + row.lesson(), courseTitle(row.course(), language),
                lessonTitle(row.course(), row.lesson(), language), row.at().toInstant())).toList();
    }

    @Override
    public Optional<Opened> openFor(Reader reader, UUID member, String id, String language) {
        int slash = id == null ? -1 : id.indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        String course = id.substring(0, slash);
        String lesson = id.substring(slash + 1);
        record Row(byte[] sealed, Timestamp at) {
        }
        return jdbc.sql("select sealed, updated_at from course_reflection where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(member, course, lesson)
                .query((row, i) -> new Row(row.getBytes("sealed"), row.getTimestamp("updated_at"))).optional()
                .map(row -> new Opened(courseTitle(course, language), lessonTitle(course, lesson, language),
                        row.at().toInstant(), sealedReads.openTextAs(reader, member, Reflections.FIELD, row.sealed())));
    }

    private String courseTitle(String course, String language) {
        return courses.find(course).map(c -> c.title(Locale.of(language))).orElse(course);
    }

    /** In her language when the lesson has it, else in English, else its id. */
    private String lessonTitle(String course, String lesson, String language) {
        return courses.lesson(course, lesson, language).or(() -> courses.lesson(course, lesson, "en"))
                .map(Lesson::title).orElse(lesson);
    }
}

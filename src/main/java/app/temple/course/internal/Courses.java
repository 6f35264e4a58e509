package app.temple.course.internal;

import app.temple.site.EpochMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The courses and lessons as loaded, read and written with plain SQL. What is read is kept in memory until the
 * {@link CourseEpoch} moves (a write here once it commits, or another instance's, seen by its poll): every lesson
 * page reads the course and its lessons, which change only when an editor saves.
 */
@Repository
public class Courses {

    private final JdbcClient jdbc;
    private final CourseEpoch epoch;
    private final EpochMemo memo;

    Courses(JdbcClient jdbc, CourseEpoch epoch) {
        this.jdbc = jdbc;
        this.epoch = epoch;
        this.memo = new EpochMemo(epoch.epoch());
    }

    void save(Course course) {
        jdbc.sql("""
                insert into course_course (slug, title_en, title_sv, summary_en, summary_sv, recommended_quiz, minutes)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (slug) do update set title_en = excluded.title_en, title_sv = excluded.title_sv,
                    summary_en = excluded.summary_en, summary_sv = excluded.summary_sv,
                    recommended_quiz = excluded.recommended_quiz, minutes = excluded.minutes
                """)
                .params(course.slug(), course.titleEn(), course.titleSv(), course.summaryEn(), course.summarySv(),
                        course.recommendedQuiz(), course.minutes())
                .update();
        jdbc.sql("delete from course_module where course_slug = ?").param(course.slug()).update();
        for (Course.CourseModule module : course.modules()) {
            jdbc.sql("insert into course_module (course_slug, number, title_en, title_sv) values (?, ?, ?, ?)")
                    .params(course.slug(), module.number(), module.titleEn(), module.titleSv()).update();
        }
        epoch.changedInThisTransaction();
    }

    void save(Lesson lesson) {
        jdbc.sql("delete from course_lesson where course_slug = ? and lesson_id = ? and language = ?")
                .params(lesson.course(), lesson.id(), lesson.language()).update();
        jdbc.sql("""
                insert into course_lesson (course_slug, lesson_id, language, title, module_number, position, format,
                    minutes, free_preview, content_note, practice_title, practice_html, reflection, quizzes, articles,
                    lessons, citation_keys, citation_texts, body_html)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(lesson.course(), lesson.id(), lesson.language(), lesson.title(), lesson.module(), lesson.position(),
                        lesson.format().key(), lesson.minutes(), lesson.freePreview(), lesson.contentNote(),
                        lesson.practiceTitle(), lesson.practiceHtml(), lesson.reflection(), lesson.quizzes().toArray(String[]::new),
                        lesson.articles().toArray(String[]::new), lesson.lessons().toArray(String[]::new),
                        lesson.citations().stream().map(Citation::key).toArray(String[]::new),
                        lesson.citations().stream().map(Citation::text).toArray(String[]::new), lesson.bodyHtml())
                .update();
        epoch.changedInThisTransaction();
    }

    public List<Course> all() {
        return memo.answer("all", () -> jdbc.sql("select * from course_course order by slug = 'foundation' desc, slug")
                .query((row, i) -> courseRow(row)).list().stream().map(this::withModules).toList());
    }

    public Optional<Course> find(String slug) {
        return memo.answer("course " + slug, () -> jdbc.sql("select * from course_course where slug = ?").param(slug)
                .query((row, i) -> courseRow(row)).optional().map(this::withModules));
    }

    /** Every lesson of a course in one language, in course order. */
    public List<Lesson> lessons(String course, String language) {
        return memo.answer("lessons " + course + " " + language, () -> jdbc.sql(
                        "select * from course_lesson where course_slug = ? and language = ? order by module_number, position")
                .params(course, language).query((row, i) -> lesson(row)).list().stream().toList());
    }

    public Optional<Lesson> lesson(String course, String id, String language) {
        return memo.answer("lesson " + course + " " + id + " " + language, () -> jdbc.sql(
                        "select * from course_lesson where course_slug = ? and lesson_id = ? and language = ?")
                .params(course, id, language).query((row, i) -> lesson(row)).optional());
    }

    /**
     * A course without its modules. The modules are read after the course's own query has finished, never from
     * inside its row mapper: outside a transaction a nested query takes a second connection while the first is
     * still held, and enough simultaneous readers then hold the whole pool waiting for one another.
     */
    private static Course courseRow(ResultSet row) throws SQLException {
        return new Course(row.getString("slug"), row.getString("title_en"), row.getString("title_sv"),
                row.getString("summary_en"), row.getString("summary_sv"), row.getString("recommended_quiz"),
                row.getInt("minutes"), List.of());
    }

    private Course withModules(Course course) {
        List<Course.CourseModule> modules = jdbc.sql("select * from course_module where course_slug = ? order by number")
                .param(course.slug())
                .query((m, i) -> new Course.CourseModule(m.getInt("number"), m.getString("title_en"), m.getString("title_sv")))
                .list();
        return new Course(course.slug(), course.titleEn(), course.titleSv(), course.summaryEn(), course.summarySv(),
                course.recommendedQuiz(), course.minutes(), modules);
    }

    private static Lesson lesson(ResultSet row) throws SQLException {
        List<String> keys = strings(row.getArray("citation_keys"));
        List<String> texts = strings(row.getArray("citation_texts"));
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < Math.min(keys.size(), texts.size()); i++) {
            citations.add(new Citation(keys.get(i), texts.get(i)));
        }
        return new Lesson(row.getString("course_slug"), row.getString("lesson_id"), row.getString("language"),
                row.getString("title"), row.getInt("module_number"), row.getInt("position"),
                LessonFormat.of(row.getString("format")), row.getInt("minutes"), row.getBoolean("free_preview"),
                row.getString("content_note"), row.getString("practice_title"), row.getString("practice_html"),
                row.getString("reflection"), strings(row.getArray("quizzes")), strings(row.getArray("articles")),
                strings(row.getArray("lessons")), citations, row.getString("body_html"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

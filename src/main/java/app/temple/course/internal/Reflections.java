package app.temple.course.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Her private reflections on lessons, sealed by the vault under her id and the lesson, so that a database dump holds
 * none of their words and no one but her (not an admin or an editor) has a page that reads them. The one exception is
 * hers to make: a reflection she shares with her practitioner for a session, opened by {@link ShareableReflections}
 * and written to her access log at every look.
 */
@Service
public class Reflections implements PersonalData, SealedData {

    static final String FIELD = "course.reflection";
    /** Long enough for a page of thoughts; a longer text is refused with a message, never cut. */
    public static final int MAXIMUM_CHARACTERS = 10_000;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;

    private final CourseRecords records;

    Reflections(JdbcClient jdbc, Vault vault, Clock clock, CourseRecords records) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
        this.records = records;
    }

    /** Keeps her reflection; an empty one deletes what was there. */
    public void save(UUID member, String course, String lesson, String text) {
        if (text == null || text.isBlank()) {
            jdbc.sql("delete from course_reflection where member_id = ? and course_slug = ? and lesson_id = ?")
                    .params(member, course, lesson).update();
            records.changed(member);
            return;
        }
        if (text.length() > MAXIMUM_CHARACTERS) {
            throw new IllegalArgumentException("a reflection holds at most " + MAXIMUM_CHARACTERS + " characters");
        }
        jdbc.sql("""
                insert into course_reflection (member_id, course_slug, lesson_id, sealed, updated_at) values (?, ?, ?, ?, ?)
                on conflict (member_id, course_slug, lesson_id) do update set sealed = excluded.sealed, updated_at = excluded.updated_at""")
                .params(member, course, lesson, vault.sealText(member, FIELD, text), Timestamp.from(clock.instant()))
                .update();
        records.changed(member);
    }

    public Optional<String> of(UUID member, String course, String lesson) {
        return records.of(member).sealedReflection(course, lesson).map(sealed -> open(member, sealed));
    }

    /** All of hers, newest first. */
    public List<Reflection> all(UUID member) {
        return jdbc.sql("select course_slug, lesson_id, sealed, updated_at from course_reflection where member_id = ? order by updated_at desc")
                .param(member)
                .query((row, i) -> new Reflection(row.getString("course_slug"), row.getString("lesson_id"),
                        open(member, row.getBytes("sealed")), row.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** Her own reflection, opened for her: the only reader a reflection has. */
    private String open(UUID member, byte[] sealed) {
        return vault.openText(member, FIELD, sealed);
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from course_reflection where member_id = ?").param(erasure.memberId()).update();
        records.changed(erasure.memberId());
    }

    @Override
    public String section() {
        return "courseReflections";
    }

    @Override
    public Object exportFor(UUID member) {
        return all(member);
    }

    @Override
    public int reseal(Vault current) {
        record Row(UUID member, String course, String lesson, byte[] sealed) {
        }
        List<Row> rows = jdbc.sql("select member_id, course_slug, lesson_id, sealed from course_reflection")
                .query((row, i) -> new Row((UUID) row.getObject("member_id"), row.getString("course_slug"),
                        row.getString("lesson_id"), row.getBytes("sealed"))).list();
        int count = 0;
        for (Row row : rows) {
            if (!current.isCurrent(row.sealed())) {
                jdbc.sql("update course_reflection set sealed = ? where member_id = ? and course_slug = ? and lesson_id = ?")
                        .params(current.reseal(row.member(), FIELD, row.sealed()), row.member(), row.course(), row.lesson())
                        .update();
                records.changed(row.member());
                count++;
            }
        }
        return count;
    }

    /** One reflection as she wrote it. */
    public record Reflection(String course, String lesson, String text, Instant updatedAt) {
        @Override
        public String toString() {
            return "Reflection[" + course + "/" + lesson + ", text redacted]";
        }
    }
}

package app.temple.course.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where she is in a course: the lessons she marked done herself (and may mark undone), and the one she opened last,
 * for "continue where you left off". Nothing is ever locked behind finishing another lesson; this is her record only.
 */
@Service
public class Progress implements PersonalData {

    private final JdbcClient jdbc;
    private final Clock clock;

    Progress(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Done is done: a lesson she had saved for later leaves that list. */
    public void markDone(UUID member, String course, String lesson) {
        jdbc.sql("""
                insert into course_progress (member_id, course_slug, lesson_id, done_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(member, course, lesson, Timestamp.from(clock.instant())).update();
        jdbc.sql("delete from course_saved where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(member, course, lesson).update();
    }

    /** "Come back later", from a lesson's content note. */
    public void saveForLater(UUID member, String course, String lesson) {
        jdbc.sql("insert into course_saved (member_id, course_slug, lesson_id, saved_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(member, course, lesson, Timestamp.from(clock.instant())).update();
    }

    /** The lessons she saved for later in a course, oldest first. */
    public List<String> savedForLater(UUID member, String course) {
        return jdbc.sql("select lesson_id from course_saved where member_id = ? and course_slug = ? order by saved_at, lesson_id")
                .params(member, course).query(String.class).list();
    }

    public void markUndone(UUID member, String course, String lesson) {
        jdbc.sql("delete from course_progress where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(member, course, lesson).update();
    }

    public Set<String> done(UUID member, String course) {
        return Set.copyOf(jdbc.sql("select lesson_id from course_progress where member_id = ? and course_slug = ?")
                .params(member, course).query(String.class).list());
    }

    public void opened(UUID member, String course, String lesson) {
        jdbc.sql("""
                insert into course_last_opened (member_id, course_slug, lesson_id, opened_at) values (?, ?, ?, ?)
                on conflict (member_id, course_slug) do update set opened_at = excluded.opened_at,
                    position_seconds = case when course_last_opened.lesson_id = excluded.lesson_id
                                            then course_last_opened.position_seconds else 0 end,
                    lesson_id = excluded.lesson_id""")
                .params(member, course, lesson, Timestamp.from(clock.instant())).update();
    }

    /** Where she stopped in this lesson's recording, if it is the lesson she opened last; else 0. */
    public int position(UUID member, String course, String lesson) {
        return jdbc.sql("select position_seconds from course_last_opened where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(member, course, lesson).query(Integer.class).optional().orElse(0);
    }

    /** Saved as she plays; a lesson she did not open last is not moved to. */
    public void playedTo(UUID member, String course, String lesson, int seconds) {
        jdbc.sql("update course_last_opened set position_seconds = ? where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(Math.max(0, seconds), member, course, lesson).update();
    }

    public Optional<String> lastOpened(UUID member, String course) {
        return jdbc.sql("select lesson_id from course_last_opened where member_id = ? and course_slug = ?")
                .params(member, course).query(String.class).optional();
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from course_progress where member_id = ?").param(erasure.memberId()).update();
        jdbc.sql("delete from course_last_opened where member_id = ?").param(erasure.memberId()).update();
        jdbc.sql("delete from course_saved where member_id = ?").param(erasure.memberId()).update();
    }

    @Override
    public String section() {
        return "courseProgress";
    }

    @Override
    public Object exportFor(UUID member) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("done", moments("course_progress", "done_at", member));
        export.put("lastOpened", moments("course_last_opened", "opened_at", member));
        export.put("savedForLater", moments("course_saved", "saved_at", member));
        return export;
    }

    /** Her rows of one of this module's tables as lessons and when, oldest first (the names are constants above). */
    private List<Done> moments(String table, String when, UUID member) {
        return jdbc.sql("select course_slug, lesson_id, " + when + " as at from " + table + " where member_id = ? order by at")
                .param(member)
                .query((row, i) -> new Done(row.getString("course_slug"), row.getString("lesson_id"), row.getTimestamp("at").toInstant()))
                .list();
    }

    /** A lesson and when: marked done, or last opened. */
    public record Done(String course, String lesson, Instant at) {
    }

}

package app.temple.course.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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

    /** Opening the lesson she opened last again is written only when the time it was opened is older than this. */
    private static final Duration REOPENED_UNNOTED = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CourseRecords records;

    Progress(JdbcClient jdbc, Clock clock, CourseRecords records) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.records = records;
    }

    /** Done is done: a lesson she had saved for later leaves that list. */
    public void markDone(UUID member, String course, String lesson) {
        jdbc.sql("""
                insert into course_progress (member_id, course_slug, lesson_id, done_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(member, course, lesson, Timestamp.from(clock.instant())).update();
        jdbc.sql("delete from course_saved where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(member, course, lesson).update();
        records.changed(member);
    }

    /** "Come back later", from a lesson's content note. */
    public void saveForLater(UUID member, String course, String lesson) {
        jdbc.sql("insert into course_saved (member_id, course_slug, lesson_id, saved_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(member, course, lesson, Timestamp.from(clock.instant())).update();
        records.changed(member);
    }

    /** The lessons she saved for later in a course, oldest first. */
    public List<String> savedForLater(UUID member, String course) {
        return records.of(member).saved(course);
    }

    public void markUndone(UUID member, String course, String lesson) {
        jdbc.sql("delete from course_progress where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(member, course, lesson).update();
        records.changed(member);
    }

    public Set<String> done(UUID member, String course) {
        return records.of(member).done(course);
    }

    /**
     * Notes the lesson she opened, for "continue where you left off". Opening the same lesson again within a few
     * minutes writes nothing: a lesson page she reloads costs no write.
     */
    public void opened(UUID member, String course, String lesson) {
        Instant now = clock.instant();
        boolean justNoted = records.of(member).opened(course)
                .filter(last -> last.lesson().equals(lesson) && last.at().isAfter(now.minus(REOPENED_UNNOTED)))
                .isPresent();
        if (justNoted) {
            return;
        }
        jdbc.sql("""
                insert into course_last_opened (member_id, course_slug, lesson_id, opened_at) values (?, ?, ?, ?)
                on conflict (member_id, course_slug) do update set opened_at = excluded.opened_at,
                    position_seconds = case when course_last_opened.lesson_id = excluded.lesson_id
                                            then course_last_opened.position_seconds else 0 end,
                    lesson_id = excluded.lesson_id""")
                .params(member, course, lesson, Timestamp.from(now)).update();
        records.changed(member);
    }

    /** Where she stopped in this lesson's recording, if it is the lesson she opened last; else 0. */
    public int position(UUID member, String course, String lesson) {
        return records.of(member).opened(course).filter(last -> last.lesson().equals(lesson))
                .map(CourseRecords.Opened::position).orElse(0);
    }

    /** Saved as she plays; a lesson she did not open last is not moved to. */
    public void playedTo(UUID member, String course, String lesson, int seconds) {
        jdbc.sql("update course_last_opened set position_seconds = ? where member_id = ? and course_slug = ? and lesson_id = ?")
                .params(Math.max(0, seconds), member, course, lesson).update();
        records.changed(member);
    }

    public Optional<String> lastOpened(UUID member, String course) {
        return records.of(member).opened(course).map(CourseRecords.Opened::lesson);
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from course_progress where member_id = ?").param(erasure.memberId()).update();
        jdbc.sql("delete from course_last_opened where member_id = ?").param(erasure.memberId()).update();
        jdbc.sql("delete from course_saved where member_id = ?").param(erasure.memberId()).update();
        records.changed(erasure.memberId());
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

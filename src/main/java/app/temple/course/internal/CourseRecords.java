package app.temple.course.internal;

import app.temple.site.ChangeFeed;
import app.temple.site.NodeCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A member's own course rows (lessons done and saved for later, the lesson she opened last and where she stopped in
 * it, her reflections still sealed) read together once and kept on this node, so that a lesson page she opens costs
 * no database round trip. Her writes here forget them at once; a write on another instance of Temple reaches this
 * one through the {@link ChangeFeed}, from the triggers on the four tables. Reflections are kept sealed and opened
 * for each page, as before: no reflection waits in memory in plain text.
 */
@Component
class CourseRecords {

    static final String TOPIC = "course-member";

    /** The lesson she opened last in a course, where she stopped in its recording, and when she opened it. */
    record Opened(String lesson, int position, Instant at) {
    }

    /** Her rows, by course (reflections by course and lesson). */
    record Record(Map<String, Set<String>> done, Map<String, List<String>> saved, Map<String, Opened> opened,
                  Map<String, byte[]> sealedReflections) {

        Set<String> done(String course) {
            return done.getOrDefault(course, Set.of());
        }

        List<String> saved(String course) {
            return saved.getOrDefault(course, List.of());
        }

        Optional<Opened> opened(String course) {
            return Optional.ofNullable(opened.get(course));
        }

        Optional<byte[]> sealedReflection(String course, String lesson) {
            return Optional.ofNullable(sealedReflections.get(course + "/" + lesson));
        }
    }

    private final JdbcClient jdbc;
    private final ChangeFeed feed;
    private final NodeCache<Record> kept;

    CourseRecords(JdbcClient jdbc, ChangeFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.kept = feed.cache(TOPIC, Duration.ofMinutes(5), 20_000);
    }

    Record of(UUID member) {
        return kept.get(member.toString(), () -> read(member));
    }

    /** After any write of hers: forgotten now and once the write commits. */
    void changed(UUID member) {
        feed.changedHere(TOPIC, member.toString());
    }

    private Record read(UUID member) {
        Map<String, Set<String>> done = new HashMap<>();
        jdbc.sql("select course_slug, lesson_id from course_progress where member_id = ?").param(member)
                .query(row -> {
                    done.computeIfAbsent(row.getString(1), any -> new HashSet<>()).add(row.getString(2));
                });
        Map<String, List<String>> saved = new HashMap<>();
        jdbc.sql("select course_slug, lesson_id from course_saved where member_id = ? order by saved_at, lesson_id").param(member)
                .query(row -> {
                    saved.computeIfAbsent(row.getString(1), any -> new java.util.ArrayList<>()).add(row.getString(2));
                });
        Map<String, Opened> opened = new HashMap<>();
        jdbc.sql("select course_slug, lesson_id, position_seconds, opened_at from course_last_opened where member_id = ?").param(member)
                .query(row -> {
                    opened.put(row.getString(1), new Opened(row.getString(2), row.getInt(3), row.getTimestamp(4).toInstant()));
                });
        Map<String, byte[]> reflections = new HashMap<>();
        jdbc.sql("select course_slug, lesson_id, sealed from course_reflection where member_id = ?").param(member)
                .query(row -> {
                    reflections.put(row.getString(1) + "/" + row.getString(2), row.getBytes(3));
                });
        Map<String, Set<String>> frozenDone = new HashMap<>();
        done.forEach((course, lessons) -> frozenDone.put(course, Set.copyOf(lessons)));
        Map<String, List<String>> frozenSaved = new HashMap<>();
        saved.forEach((course, lessons) -> frozenSaved.put(course, List.copyOf(lessons)));
        return new Record(Map.copyOf(frozenDone), Map.copyOf(frozenSaved), Map.copyOf(opened), Map.copyOf(reflections));
    }
}

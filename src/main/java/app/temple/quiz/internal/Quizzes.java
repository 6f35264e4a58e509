package app.temple.quiz.internal;

import app.temple.content.ContentFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The quizzes as the database holds them: the newest version of each, and any older version a saved result
 * names. Parsed definitions are kept in memory by source hash; the list of newest versions is re-read now and
 * then, so a quiz loaded by another node appears here too.
 * <p>
 * One request re-reads the list while the others go on with the one they have: when every request that found it
 * stale read it again, the 32 requests in flight under load all queued for a connection at once every 30 s, and the
 * quiz POST's slowest requests were those (JFR, 2026-12-05). Only the very first read makes the others wait for it.
 */
@Service
public class Quizzes {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, QuizDefinition> parsed = new ConcurrentHashMap<>();
    private volatile List<QuizDefinition> current = List.of();
    private volatile Instant readAt = Instant.MIN;
    private final ReentrantLock reading = new ReentrantLock();

    Quizzes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest version of every quiz, in menu order. */
    public List<QuizDefinition> all() {
        if (isStale()) {
            if (readAt.equals(Instant.MIN)) {
                reading.lock(); // nothing to show yet: wait for whoever reads it first
            } else if (!reading.tryLock()) {
                return current; // another request is reading it again
            }
            try {
                if (isStale()) {
                    read();
                }
            } finally {
                reading.unlock();
            }
        }
        return current;
    }

    private boolean isStale() {
        return readAt.plus(REFRESH).isBefore(clock.instant());
    }

    private void read() {
        Instant now = clock.instant();
        current = jdbc.sql("""
                        select distinct on (slug) slug, version, source, hash from quiz_definition
                        order by slug, version desc""")
                .query((row, i) -> parse(row.getString("slug"), row.getString("source"), row.getString("hash")))
                .list().stream().sorted(Comparator.comparingInt(QuizDefinition::order)).toList();
        readAt = now;
    }

    public Optional<QuizDefinition> find(String slug) {
        return all().stream().filter(quiz -> quiz.slug().equals(slug)).findFirst();
    }

    /** A particular version, e.g. the one a saved result was scored with. */
    public Optional<QuizDefinition> find(String slug, int version) {
        return find(slug).filter(quiz -> quiz.version() == version).or(() -> jdbc
                .sql("select source, hash from quiz_definition where slug = ? and version = ?").params(slug, version)
                .query((row, i) -> parse(slug, row.getString("source"), row.getString("hash"))).optional());
    }

    private QuizDefinition parse(String slug, String source, String hash) {
        return parsed.computeIfAbsent(hash, h -> QuizFile.read(new ContentFile("quizzes/" + slug + ".yaml", source, h)));
    }
}

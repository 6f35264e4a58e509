package app.temple.mail.internal;

import app.temple.mail.Attachment;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code mail_queue} table: letters waiting to go, and those given up on (without their values) for a week. */
@Repository
class QueuedLetters {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, member_id, kind, recipient, language, letter_values, queued_at, attempts, "
            + "attachment_name, attachment_type, attachment_text";

    private final JdbcClient jdbc;

    QueuedLetters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a claim on the queue found: a letter, or a row that is no letter any more. */
    sealed interface Claimed permits Queued, Unreadable {
    }

    /** A letter in the queue, as read back. */
    record Queued(long id, Letter letter, Instant queuedAt, int attempts) implements Claimed {
    }

    /**
     * A row that cannot be read back as a letter, such as one of a kind a newer version wrote and this one does not
     * know; {@code failure} is only its exception's kinds, since its message may quote the row.
     */
    record Unreadable(long id, int attempts, String failure) implements Claimed {
    }

    void add(Letter letter, Instant now) {
        Attachment attachment = letter.attachment();
        jdbc.sql("""
                insert into mail_queue (member_id, kind, recipient, language, letter_values, queued_at, next_attempt_at,
                    attachment_name, attachment_type, attachment_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(letter.member(), letter.kind().name(), letter.to(), letter.locale().toLanguageTag(),
                JSON.writeValueAsString(letter.values()), Timestamp.from(now), Timestamp.from(now),
                attachment == null ? null : attachment.fileName(), attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.text()).update();
    }

    /**
     * Claims the oldest letter due now until {@code until}, by moving its next attempt there: other nodes, and later
     * runs, pass it by as not due while it is on its way. A row another claim holds at this moment is skipped, not
     * waited for. The claim is one statement, committed on its own; called inside a transaction, the lease would
     * keep no one off until that transaction commits.
     */
    Optional<Claimed> leaseNextDue(Instant now, Instant until) {
        return jdbc.sql("""
                update mail_queue set next_attempt_at = ?
                 where id = (select id from mail_queue where failed_at is null and next_attempt_at <= ?
                             order by next_attempt_at, id limit 1 for update skip locked)
                 returning\s""" + COLUMNS).params(Timestamp.from(until), Timestamp.from(now))
                .query(QueuedLetters::claimed).optional();
    }

    /** Returns how many rows went: none when the row was deleted meanwhile, as her erasure does. */
    int delete(long id) {
        return jdbc.sql("delete from mail_queue where id = ?").param(id).update();
    }

    void retryAt(long id, Instant next) {
        jdbc.sql("update mail_queue set attempts = attempts + 1, next_attempt_at = ? where id = ?")
                .params(Timestamp.from(next), id).update();
    }

    /** Given up: the values (links with tokens, her name) are wiped at once, the row goes with the next purge. */
    void markFailed(long id, Instant now) {
        jdbc.sql("update mail_queue set attempts = attempts + 1, failed_at = ?, letter_values = '{}', attachment_text = null where id = ?")
                .params(Timestamp.from(now), id).update();
    }

    int forget(UUID member) {
        return jdbc.sql("delete from mail_queue where member_id = ?").param(member).update();
    }

    void purgeFailed(Instant before) {
        jdbc.sql("delete from mail_queue where failed_at < ?").param(Timestamp.from(before)).update();
    }

    /** The newest letters still waiting to go, newest first. */
    List<Queued> waiting(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mail_queue where failed_at is null order by id desc limit ?")
                .param(limit).query(QueuedLetters::map).list();
    }

    /**
     * The claimed row as a letter, or as unreadable: thrown, the claim would end the run and hold the row till its
     * lease ran out, and again after every lease, never given up.
     */
    private static Claimed claimed(ResultSet row, int i) throws SQLException {
        try {
            return map(row, i);
        } catch (RuntimeException notALetter) {
            return new Unreadable(row.getLong("id"), row.getInt("attempts"), FailureKinds.of(notALetter));
        }
    }

    private static Queued map(ResultSet row, int i) throws SQLException {
        Letter letter = new Letter(row.getString("recipient"), Locale.forLanguageTag(row.getString("language")),
                LetterKind.valueOf(row.getString("kind")), JSON.readValue(row.getString("letter_values"), VALUES),
                row.getObject("member_id", UUID.class),
                row.getString("attachment_text") == null ? null : new Attachment(row.getString("attachment_name"),
                        row.getString("attachment_type"), row.getString("attachment_text")));
        return new Queued(row.getLong("id"), letter, row.getTimestamp("queued_at").toInstant(), row.getInt("attempts"));
    }
}

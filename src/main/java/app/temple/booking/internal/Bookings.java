package app.temple.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code booking_booking} table. Inserting and moving rely on the table's exclusion constraint to refuse an
 * overlap: the caller catches the refusal, so two requests racing for one slot cannot both win.
 */
@Repository
public class Bookings {

    private static final String COLUMNS = """
            id, practitioner_id, session_type_id, member_id, starts_at, ends_at, status, ical_uid, ical_sequence,
            video_token, member_zone, language, cancelled_at""";

    private final JdbcClient jdbc;
    private final SlotEpoch slots;

    Bookings(JdbcClient jdbc, SlotEpoch slots) {
        this.jdbc = jdbc;
        this.slots = slots;
    }

    /** A new confirmed booking; throws the database's refusal when it overlaps or repeats an idempotency key. */
    void insert(Booking booking, TimeSpan held, String idempotencyKey, byte[] sealedNote, Instant now) {
        insert(booking, held, idempotencyKey, sealedNote, now, null);
    }

    /**
     * A new booking in its own status: confirmed, or held until {@code holdExpiresAt} while she pays; throws the
     * database's refusal when it overlaps or repeats an idempotency key.
     */
    void insert(Booking booking, TimeSpan held, String idempotencyKey, byte[] sealedNote, Instant now, Instant holdExpiresAt) {
        jdbc.sql("""
                insert into booking_booking (id, practitioner_id, session_type_id, member_id, starts_at, ends_at,
                    blocked_from, blocked_until, status, ical_uid, ical_sequence, video_token, idempotency_key,
                    member_zone, language, note_sealed, created_at, updated_at, hold_expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(booking.id(), booking.practitioner(), booking.sessionType(), booking.member(),
                        ts(booking.slot().start()), ts(booking.slot().end()), ts(held.from()), ts(held.until()),
                        booking.status().column(), booking.icalUid(), booking.videoToken(), idempotencyKey, booking.memberZone().getId(),
                        booking.language().getLanguage(), sealedNote, ts(now), ts(now),
                        holdExpiresAt == null ? null : ts(holdExpiresAt))
                .update();
        slots.changed();
    }

    /** Her booking made with this form's key, if it went through already. */
    public Optional<Booking> byIdempotencyKey(UUID member, String key) {
        return jdbc.sql("select " + COLUMNS + " from booking_booking where member_id = ? and idempotency_key = ?")
                .params(member, key).query(Bookings::map).optional();
    }

    /** Her booking; empty when it is not hers or does not exist, which a page answers alike with 404. */
    public Optional<Booking> ofMember(UUID member, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from booking_booking where id = ? and member_id = ?")
                .params(id, member).query(Bookings::map).optional();
    }

    public Optional<Booking> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from booking_booking where id = ?").param(id).query(Bookings::map).optional();
    }

    /** All of hers, the latest start first. */
    public List<Booking> ofMember(UUID member) {
        return jdbc.sql("select " + COLUMNS + " from booking_booking where member_id = ? order by starts_at desc")
                .param(member).query(Bookings::map).list();
    }

    /** The time a practitioner is held by bookings that are not cancelled, overlapping {@code [from, until)}. */
    public List<TimeSpan> held(UUID practitioner, Instant from, Instant until) {
        return held(practitioner, from, until, null);
    }

    /** As {@link #held(UUID, Instant, Instant)}, leaving out one booking (the one being moved); null leaves out none. */
    public List<TimeSpan> held(UUID practitioner, Instant from, Instant until, UUID except) {
        return jdbc.sql("""
                select blocked_from, blocked_until from booking_booking
                where practitioner_id = ? and status <> 'cancelled' and blocked_until > ? and blocked_from < ?
                    and (?::uuid is null or id <> ?::uuid)
                order by blocked_from
                """).params(practitioner, ts(from), ts(until), except, except)
                .query((row, i) -> new TimeSpan(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant())).list();
    }

    /** Her sealed note, if she wrote one. */
    public Optional<byte[]> sealedNote(UUID id) {
        return jdbc.sql("select note_sealed from booking_booking where id = ? and note_sealed is not null").param(id)
                .query(byte[].class).optional();
    }

    /** Moves a confirmed booking to another slot, raising its sequence; throws the database's refusal on overlap. */
    boolean move(UUID id, Slot slot, TimeSpan held, Instant now) {
        boolean written = jdbc.sql("""
                update booking_booking set starts_at = ?, ends_at = ?, blocked_from = ?, blocked_until = ?,
                    ical_sequence = ical_sequence + 1, updated_at = ?
                where id = ? and status = 'confirmed'
                """).params(ts(slot.start()), ts(slot.end()), ts(held.from()), ts(held.until()), ts(now), id).update() == 1;
        slots.changed();
        return written;
    }

    /** Cancels a confirmed booking, raising its sequence; false when it was not confirmed. */
    boolean cancel(UUID id, String by, byte[] sealedReason, Instant now) {
        boolean written = jdbc.sql("""
                update booking_booking set status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?,
                    ical_sequence = ical_sequence + 1, updated_at = ?
                where id = ? and status = 'confirmed'
                """).params(ts(now), by, sealedReason, ts(now), id).update() == 1;
        slots.changed();
        return written;
    }

    /** Everything of hers for her export, her note and reason still sealed (the caller opens them). */
    List<StoredRow> storedOf(UUID member) {
        return jdbc.sql("select " + COLUMNS + ", note_sealed, cancel_reason, cancelled_by, created_at from booking_booking where member_id = ? order by starts_at")
                .param(member)
                .query((row, i) -> new StoredRow(map(row, i), row.getBytes("note_sealed"), row.getBytes("cancel_reason"),
                        row.getString("cancelled_by"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    int deleteOf(UUID member) {
        int deleted = jdbc.sql("delete from booking_booking where member_id = ?").param(member).update();
        slots.changed();
        return deleted;
    }

    /** A row as stored, with its sealed values. */
    record StoredRow(Booking booking, byte[] note, byte[] reason, String cancelledBy, Instant createdAt) {
    }

    private static Booking map(ResultSet row, int i) throws SQLException {
        Timestamp cancelled = row.getTimestamp("cancelled_at");
        return new Booking(row.getObject("id", UUID.class), row.getObject("practitioner_id", UUID.class),
                row.getObject("session_type_id", UUID.class), row.getObject("member_id", UUID.class),
                new Slot(row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant()),
                BookingStatus.ofColumn(row.getString("status")), row.getString("ical_uid"), row.getInt("ical_sequence"),
                row.getString("video_token"), ZoneId.of(row.getString("member_zone")),
                Locale.forLanguageTag(row.getString("language")), cancelled == null ? null : cancelled.toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}

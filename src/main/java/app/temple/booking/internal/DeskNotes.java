package app.temple.booking.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A practitioner's private notes about her sessions, sealed by the vault (privacy rule 3) under the client's id and
 * bound to the field {@value #FIELD}.
 * <p>
 * Who reads them: the practitioner who wrote them, at her desk, and nobody else on any page (no admin page, no
 * other practitioner, not the client's session page). Reading back her own words is not a read of the client's data
 * by someone else, so it is not written to the client's access log; what the client herself wrote is, see
 * {@link Desk#clientNote}.
 * <p>
 * The client's export includes them: the issue asks for "everything in export and erased with her account (a
 * practitioner's notes about her included)", and notes about a person are her personal data, which she has the
 * right to read. The desk tells the practitioner so beside the note. They go with the client's account.
 */
@Component
public class DeskNotes implements PersonalData, SealedData {

    static final String FIELD = "booking.session-note";
    /** A note is a page at most; a longer one is refused with a message, never cut. */
    public static final int MAXIMUM = 10_000;

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;

    DeskNotes(JdbcClient jdbc, Vault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /** Writes (or, blank, deletes) her note on one of her sessions; the caller has checked that it is hers. */
    public void write(Booking booking, String text) {
        if (text == null || text.isBlank()) {
            jdbc.sql("delete from booking_session_note where booking_id = ?").param(booking.id()).update();
            return;
        }
        byte[] sealed = vault.sealText(booking.member(), FIELD, text.strip());
        jdbc.sql("""
                insert into booking_session_note (booking_id, practitioner_id, member_id, note_sealed, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (booking_id) do update set note_sealed = excluded.note_sealed, updated_at = excluded.updated_at
                """).params(booking.id(), booking.practitioner(), booking.member(), sealed, Timestamp.from(clock.instant()))
                .update();
    }

    /** Her note on one of her sessions, for her; the caller has checked that the session is hers. */
    public Optional<String> read(Booking booking) {
        Optional<byte[]> sealed = jdbc.sql("select note_sealed from booking_session_note where booking_id = ? and practitioner_id = ?")
                .params(booking.id(), booking.practitioner()).query(byte[].class).optional();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open(booking.member(), sealed.get()));
    }

    /** The one place a session note is opened: for the practitioner who wrote it, or for the client's export. */
    private String open(UUID member, byte[] sealed) {
        return vault.openText(member, FIELD, sealed);
    }

    @Override
    public String section() {
        return "sessionNotesAboutYou";
    }

    @Override
    public Object exportFor(UUID member) {
        record Row(UUID booking, Instant startsAt, String practitioner, byte[] sealed, Instant updatedAt) {
        }
        List<Row> rows = jdbc.sql("""
                        select n.booking_id, b.starts_at, p.name, n.note_sealed, n.updated_at
                        from booking_session_note n join booking_booking b on b.id = n.booking_id
                            join booking_practitioner p on p.id = n.practitioner_id
                        where n.member_id = ? order by b.starts_at
                        """).param(member)
                .query((row, i) -> new Row(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(), row.getString(3),
                        row.getBytes(4), row.getTimestamp(5).toInstant())).list();
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("session", row.booking());
            note.put("startsAt", row.startsAt());
            note.put("writtenBy", row.practitioner());
            note.put("note", open(member, row.sealed()));
            note.put("updatedAt", row.updatedAt());
            notes.add(note);
        }
        return notes;
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from booking_session_note where member_id = ?").param(erasure.memberId()).update();
    }

    @Override
    public int reseal(Vault current) {
        record Row(UUID booking, UUID member, byte[] sealed) {
        }
        List<Row> rows = jdbc.sql("select booking_id, member_id, note_sealed from booking_session_note")
                .query((row, i) -> new Row(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getBytes(3))).list();
        int count = 0;
        for (Row row : rows) {
            if (!current.isCurrent(row.sealed())) {
                jdbc.sql("update booking_session_note set note_sealed = ? where booking_id = ?")
                        .params(current.reseal(row.member(), FIELD, row.sealed()), row.booking()).update();
                count++;
            }
        }
        return count;
    }
}

package app.temple.booking.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Her sessions in her export (with her note and reasons opened for her, and what she shared) and gone with her
 * account (what she shared goes with each booking row). A practitioner who erases her account keeps her profile for
 * her clients' history, unlinked from the account.
 */
@Component
class BookingPersonalData implements PersonalData, SealedData {

    private final Bookings bookings;
    private final Practitioners practitioners;
    private final BookingService service;
    private final SharedItems shared;
    private final JdbcClient jdbc;

    BookingPersonalData(Bookings bookings, Practitioners practitioners, BookingService service, SharedItems shared,
                        JdbcClient jdbc) {
        this.bookings = bookings;
        this.shared = shared;
        this.practitioners = practitioners;
        this.service = service;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "sessions";
    }

    @Override
    public Object exportFor(UUID member) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (Bookings.StoredRow row : bookings.storedOf(member)) {
            Booking booking = row.booking();
            Map<String, Object> session = new LinkedHashMap<>();
            session.put("id", booking.id());
            session.put("practitioner", practitioners.byId(booking.practitioner()).map(Practitioner::name).orElse(null));
            session.put("sessionType", practitioners.sessionType(booking.sessionType()).map(t -> t.name().en()).orElse(null));
            session.put("startsAt", booking.slot().start());
            session.put("endsAt", booking.slot().end());
            session.put("status", booking.status().column());
            session.put("timeZone", booking.memberZone().getId());
            session.put("videoRoom", booking.videoToken());
            session.put("note", row.note() == null ? null : service.openForHer(member, BookingService.NOTE_FIELD, row.note()));
            session.put("cancelledAt", booking.cancelledAt());
            session.put("cancelledBy", row.cancelledBy());
            session.put("cancelReason", row.reason() == null ? null
                    : service.openForHer(member, BookingService.REASON_FIELD, row.reason()));
            session.put("bookedAt", row.createdAt());
            // what she chose to show her practitioner; the items themselves are in their own sections
            session.put("shared", shared.exportOf(booking.id()));
            sessions.add(session);
        }
        return sessions;
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        bookings.deleteOf(erasure.memberId());
        jdbc.sql("update booking_practitioner set account_id = null where account_id = ?").param(erasure.memberId()).update();
    }

    @Override
    public int reseal(Vault current) {
        record Row(UUID id, UUID member, byte[] note, byte[] reason) {
        }
        List<Row> rows = jdbc.sql("select id, member_id, note_sealed, cancel_reason from booking_booking "
                        + "where note_sealed is not null or cancel_reason is not null")
                .query((row, i) -> new Row(row.getObject("id", UUID.class), row.getObject("member_id", UUID.class),
                        row.getBytes("note_sealed"), row.getBytes("cancel_reason"))).list();
        int count = 0;
        for (Row row : rows) {
            if (row.note() != null && !current.isCurrent(row.note())) {
                jdbc.sql("update booking_booking set note_sealed = ? where id = ?")
                        .params(current.reseal(row.member(), BookingService.NOTE_FIELD, row.note()), row.id()).update();
                count++;
            }
            if (row.reason() != null && !current.isCurrent(row.reason())) {
                jdbc.sql("update booking_booking set cancel_reason = ? where id = ?")
                        .params(current.reseal(row.member(), BookingService.REASON_FIELD, row.reason()), row.id()).update();
                count++;
            }
        }
        return count;
    }

}

package app.temple.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The held bookings of paid sessions in {@code booking_booking}: each move is one guarded update, so a repeated or
 * late report of the payment finds nothing to move. A released hold is a cancellation by {@code unpaid}, which frees
 * the time under the exclusion constraint.
 */
@Repository
class BookingHolds {

    private final JdbcClient jdbc;
    private final SlotEpoch slots;

    BookingHolds(JdbcClient jdbc, SlotEpoch slots) {
        this.jdbc = jdbc;
        this.slots = slots;
    }

    /** Held → confirmed; false when it was not held (confirmed already, released, or unknown). */
    boolean confirm(UUID booking, Instant now) {
        boolean written = jdbc.sql("""
                update booking_booking set status = 'confirmed', hold_expires_at = null, updated_at = ?
                where id = ? and status = 'held'
                """).params(Timestamp.from(now), booking).update() == 1;
        slots.changed();
        return written;
    }

    /**
     * Released for want of payment → confirmed, when the payment came after all; throws the database's refusal when
     * someone else holds the time meanwhile.
     */
    boolean retake(UUID booking, Instant now) {
        boolean written = jdbc.sql("""
                update booking_booking set status = 'confirmed', cancelled_at = null, cancelled_by = null,
                    hold_expires_at = null, updated_at = ?
                where id = ? and status = 'cancelled' and cancelled_by = 'unpaid' and starts_at > ?
                """).params(Timestamp.from(now), booking, Timestamp.from(now)).update() == 1;
        slots.changed();
        return written;
    }

    /** Held → cancelled by {@code unpaid}, freeing the time; false when it was not held. */
    boolean release(UUID booking, Instant now) {
        boolean written = jdbc.sql("""
                update booking_booking set status = 'cancelled', cancelled_at = ?, cancelled_by = 'unpaid',
                    hold_expires_at = null, updated_at = ?
                where id = ? and status = 'held'
                """).params(Timestamp.from(now), Timestamp.from(now), booking).update() == 1;
        slots.changed();
        return written;
    }

    /** The held bookings whose hold ended before {@code before}. */
    List<UUID> lapsed(Instant before) {
        return jdbc.sql("select id from booking_booking where status = 'held' and hold_expires_at < ? order by hold_expires_at limit 500")
                .param(Timestamp.from(before)).query(UUID.class).list();
    }
}

package app.temple.booking.internal;

import app.temple.booking.SessionCancelled;
import app.temple.vault.Reader;
import app.temple.vault.SealedReads;
import app.temple.vault.Vault;
import org.springframework.context.ApplicationEventPublisher;
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
 * The practitioner's desk: her own sessions only, found through the staff account linked to her profile. Whatever a
 * client wrote for her is opened through {@link SealedReads}, so each view lands in the client's access log before
 * the practitioner sees it (privacy rule 5).
 */
@Service
public class Desk {

    /** The access log's name for her: the privacy centre shows it in the member's language. */
    static final String READER_ROLE = "practitioner";

    private final JdbcClient jdbc;
    private final Practitioners practitioners;
    private final Bookings bookings;
    private final SessionLetters letters;
    private final SealedReads sealedReads;
    private final Vault vault;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PaidBookings paid;

    Desk(JdbcClient jdbc, Practitioners practitioners, Bookings bookings, SessionLetters letters, SealedReads sealedReads,
         Vault vault, ApplicationEventPublisher events, Clock clock, PaidBookings paid) {
        this.paid = paid;
        this.jdbc = jdbc;
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.letters = letters;
        this.sealedReads = sealedReads;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
    }

    /** The profile linked to this staff account, active or not (a deactivated one still keeps her sessions). */
    public Optional<Practitioner> practitionerOf(UUID account) {
        return jdbc.sql("select id from booking_practitioner where account_id = ?").param(account).query(UUID.class)
                .optional().flatMap(practitioners::byId);
    }

    /** Her sessions, the earliest first. */
    public List<Booking> sessionsOf(Practitioner practitioner) {
        return jdbc.sql("select id from booking_booking where practitioner_id = ? order by starts_at")
                .param(practitioner.id()).query(UUID.class).list().stream()
                .map(id -> bookings.byId(id).orElseThrow()).toList();
    }

    /** How many confirmed sessions she has that have not begun. */
    public int upcomingCount(Practitioner practitioner) {
        return jdbc.sql("select count(*) from booking_booking where practitioner_id = ? and status = 'confirmed' and starts_at > ?")
                .params(practitioner.id(), Timestamp.from(clock.instant())).query(Integer.class).single();
    }

    /** One of her sessions; empty when it is another practitioner's or does not exist. */
    public Optional<Booking> sessionOf(Practitioner practitioner, UUID booking) {
        return bookings.byId(booking).filter(b -> b.practitioner().equals(practitioner.id()));
    }

    /**
     * The note the client wrote for her when booking, opened for {@code reader} (the practitioner's account) and
     * written to the client's access log first.
     */
    public Optional<String> clientNote(Booking booking, UUID reader) {
        Optional<byte[]> sealed = bookings.sealedNote(booking.id());
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sealedReads.openTextAs(new Reader(reader, READER_ROLE), booking.member(),
                BookingService.NOTE_FIELD, sealed.get()));
    }

    /** Marks a session that has ended and that the client did not come to; it still held the time. */
    @Transactional
    public DeskOutcome markNoShow(Practitioner practitioner, UUID bookingId) {
        Optional<Booking> found = sessionOf(practitioner, bookingId);
        if (found.isEmpty()) {
            return DeskOutcome.NOT_FOUND;
        }
        Instant now = clock.instant();
        if (found.get().slot().end().isAfter(now)) {
            return DeskOutcome.TOO_EARLY_OR_LATE;
        }
        int marked = jdbc.sql("update booking_booking set status = 'no-show', updated_at = ? where id = ? and status = 'confirmed'")
                .params(Timestamp.from(now), bookingId).update();
        return marked == 1 ? DeskOutcome.DONE : DeskOutcome.NOT_CONFIRMED;
    }

    /**
     * Cancels a session that has not begun, with her reason (sealed for the client, who reads it in her export);
     * the client gets the cancellation letter with {@code METHOD:CANCEL}, as when she cancels herself.
     */
    @Transactional
    public DeskOutcome cancel(Practitioner practitioner, UUID bookingId, String reason) {
        Optional<Booking> found = sessionOf(practitioner, bookingId);
        if (found.isEmpty()) {
            return DeskOutcome.NOT_FOUND;
        }
        Booking booking = found.get();
        Instant now = clock.instant();
        if (!booking.slot().start().isAfter(now)) {
            return DeskOutcome.TOO_EARLY_OR_LATE;
        }
        byte[] sealed = reason == null || reason.isBlank() ? null
                : vault.sealText(booking.member(), BookingService.REASON_FIELD, reason.strip());
        if (!bookings.cancel(booking.id(), "practitioner", sealed, now)) {
            return DeskOutcome.NOT_CONFIRMED;
        }
        Booking cancelled = bookings.byId(booking.id()).orElseThrow();
        letters.send(cancelled, practitioner, SessionLetters.Change.CANCELLED);
        events.publishEvent(new SessionCancelled(cancelled.id(), cancelled.member(), practitioner.id()));
        // she cancelled, not her client: a paid session goes back in full
        paid.refundCancelled(cancelled.id());
        return DeskOutcome.DONE;
    }

    /**
     * Gives back the payment for one of her own clients' sessions, whatever the cancellation window says (her
     * gesture, e.g. for a late cancellation she accepts). The refund is recorded when the provider reports it.
     */
    public app.temple.billing.SessionPayments.Refund refund(Practitioner practitioner, UUID bookingId) {
        return sessionOf(practitioner, bookingId).map(booking -> paid.refund(booking.id()))
                .orElse(app.temple.billing.SessionPayments.Refund.NOTHING_TO_REFUND);
    }

    /** Whether one of her sessions was paid through the provider and can still be refunded. */
    public boolean refundable(Booking booking) {
        return paid.refundable(booking.id());
    }
}

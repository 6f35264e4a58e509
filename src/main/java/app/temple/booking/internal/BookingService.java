package app.temple.booking.internal;

import app.temple.billing.SessionSeries;
import app.temple.booking.SessionBooked;
import app.temple.booking.SessionCancelled;
import app.temple.booking.SessionMoved;
import app.temple.vault.Vault;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking, moving and cancelling sessions. The free slots are checked first, but the database has the last word: its
 * exclusion constraint refuses a second booking that would hold the practitioner at the same time, and that refusal
 * (SQLState 23P01) becomes "that time was just taken" with the nearest free slots. A form sent twice carries the same
 * idempotency key, and the key is unique per member, so it books once.
 */
@Service
public class BookingService {

    static final String NOTE_FIELD = "booking.note";
    static final String REASON_FIELD = "booking.cancel-reason";
    /** How many alternatives she is offered when her time was taken. */
    static final int NEAREST = 3;

    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK = "40P01";

    private final Practitioners practitioners;
    private final Bookings bookings;
    private final SessionLetters letters;
    private final VideoRooms rooms;
    private final Vault vault;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PaidBookings paid;
    private final SessionSeries series;

    BookingService(Practitioners practitioners, Bookings bookings, SessionLetters letters, VideoRooms rooms, Vault vault,
                   ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, PaidBookings paid,
                   SessionSeries series) {
        this.paid = paid;
        this.series = series;
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.letters = letters;
        this.rooms = rooms;
        this.vault = vault;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The free slots of a session type now. */
    public List<Slot> freeSlots(Practitioner practitioner, SessionType type) {
        return freeSlots(practitioner, type, null);
    }

    /** The free slots of a session type, as if {@code moving} (one of her bookings) were not there. */
    public List<Slot> freeSlots(Practitioner practitioner, SessionType type, UUID moving) {
        Instant now = clock.instant();
        Availability availability = practitioners.availability(practitioner, now.atZone(practitioner.zone()).toLocalDate());
        List<TimeSpan> held = bookings.held(practitioner.id(), now.minus(Duration.ofDays(1)),
                now.plus(availability.horizon()).plus(Duration.ofDays(1)), moving);
        return SlotFinder.free(availability, type.length(), held, now);
    }

    public BookingOutcome book(BookingRequest request) {
        Optional<Booking> already = bookings.byIdempotencyKey(request.member(), request.idempotencyKey());
        if (already.isPresent()) {
            return new BookingOutcome.Done(already.get());
        }
        Optional<SessionType> type = practitioners.sessionType(request.sessionType()).filter(SessionType::active);
        Optional<Practitioner> practitioner = type.flatMap(t -> practitioners.byId(t.practitioner())).filter(Practitioner::active);
        if (type.isEmpty() || practitioner.isEmpty()) {
            return new BookingOutcome.NotFound();
        }
        List<Slot> free = freeSlots(practitioner.get(), type.get());
        Optional<Slot> slot = free.stream().filter(s -> s.start().equals(request.start())).findFirst();
        if (slot.isEmpty()) {
            return sameForm(request).orElseGet(() -> new BookingOutcome.Taken(SlotFinder.nearest(free, request.start(), NEAREST)));
        }
        Practitioner.BookingRules rules = practitioner.get().rules();
        UUID id = UUID.randomUUID();
        Booking booking;
        try {
            booking = transaction.execute(status -> {
                Instant now = clock.instant();
                // a session of a series she bought is paid already: it takes one of her credits, in this transaction,
                // so that the credit stays hers if the time is lost; otherwise a paid session holds the time while she
                // pays, and is confirmed, and its letters sent, on the provider's report
                boolean credited = series.use(request.member(), practitioner.get().slug(), type.get().slug(), id);
                boolean held = !credited && paid.paid(practitioner.get(), type.get());
                Booking made = new Booking(id, practitioner.get().id(), type.get().id(), request.member(),
                        slot.get(), held ? BookingStatus.HELD : BookingStatus.CONFIRMED, UUID.randomUUID() + "@invite", 0,
                        rooms.newToken(), request.memberZone(), request.language(), null);
                byte[] note = request.note() == null ? null : vault.sealText(request.member(), NOTE_FIELD, request.note());
                bookings.insert(made, slot.get().held(rules.bufferBefore(), rules.bufferAfter()), request.idempotencyKey(), note, now,
                        held ? paid.holdEnds() : null);
                if (!held) {
                    letters.send(made, practitioner.get(), SessionLetters.Change.BOOKED);
                    events.publishEvent(new SessionBooked(made.id(), made.member(), made.slot().start()));
                }
                return made;
            });
        } catch (DataAccessException refused) {
            // the same form sent twice at once: the other copy got in first, and which constraint refused this one
            // (the time, or the key) depends on timing, so the key decides
            Optional<BookingOutcome> sameForm = sameForm(request);
            if (sameForm.isPresent()) {
                return sameForm.get();
            }
            if (lostTheTime(refused)) {
                return new BookingOutcome.Taken(SlotFinder.nearest(freeSlots(practitioner.get(), type.get()), request.start(), NEAREST));
            }
            throw refused;
        }
        return new BookingOutcome.Done(booking);
    }

    /**
     * The booking this very form made, when another copy of it (sent at the same moment) got in first: then the time
     * is no longer free, or the insert was refused, but she has what she asked for.
     */
    private Optional<BookingOutcome> sameForm(BookingRequest request) {
        return bookings.byIdempotencyKey(request.member(), request.idempotencyKey()).map(BookingOutcome.Done::new);
    }

    /** Moves one of her sessions to another free start of the same type; same UID, SEQUENCE one higher. */
    public BookingOutcome move(UUID member, UUID bookingId, Instant start) {
        Changeable found = changeable(member, bookingId);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Booking booking = found.booking();
        SessionType type = found.type();
        Practitioner practitioner = found.practitioner();
        List<Slot> free = freeSlots(practitioner, type, booking.id());
        Optional<Slot> slot = free.stream().filter(s -> s.start().equals(start)).findFirst();
        if (slot.isEmpty()) {
            return new BookingOutcome.Taken(SlotFinder.nearest(free, start, NEAREST));
        }
        try {
            return transaction.execute(status -> {
                TimeSpan held = slot.get().held(practitioner.rules().bufferBefore(), practitioner.rules().bufferAfter());
                if (!bookings.move(booking.id(), slot.get(), held, clock.instant())) {
                    return new BookingOutcome.NotAllowed(new ChangeRules.Closed(BookingStatus.CANCELLED));
                }
                Booking moved = bookings.byId(booking.id()).orElseThrow();
                letters.send(moved, practitioner, SessionLetters.Change.MOVED);
                events.publishEvent(new SessionMoved(moved.id(), moved.member(), moved.slot().start(), booking.slot().start()));
                return new BookingOutcome.Done(moved);
            });
        } catch (DataAccessException refused) {
            if (lostTheTime(refused)) {
                return new BookingOutcome.Taken(SlotFinder.nearest(freeSlots(practitioner, type, booking.id()), start, NEAREST));
            }
            throw refused;
        }
    }

    /**
     * Cancels one of her sessions with her reason (sealed; optional); METHOD:CANCEL goes out. She may cancel only
     * outside the cancellation window, so a paid session is refunded then, automatically.
     */
    public BookingOutcome cancel(UUID member, UUID bookingId, String reason) {
        BookingOutcome outcome = cancelled(member, bookingId, reason);
        if (outcome instanceof BookingOutcome.Done done) {
            paid.refundCancelled(done.booking().id());
        }
        return outcome;
    }

    private BookingOutcome cancelled(UUID member, UUID bookingId, String reason) {
        Changeable found = changeable(member, bookingId);
        if (found.refusal() != null) {
            return found.refusal();
        }
        Booking booking = found.booking();
        Practitioner practitioner = found.practitioner();
        return transaction.execute(status -> {
            byte[] sealed = reason == null || reason.isBlank() ? null : vault.sealText(member, REASON_FIELD, reason.strip());
            if (!bookings.cancel(booking.id(), "member", sealed, clock.instant())) {
                return new BookingOutcome.NotAllowed(new ChangeRules.Closed(BookingStatus.CANCELLED));
            }
            Booking cancelled = bookings.byId(booking.id()).orElseThrow();
            letters.send(cancelled, practitioner, SessionLetters.Change.CANCELLED);
            events.publishEvent(new SessionCancelled(cancelled.id(), member, practitioner.id()));
            return new BookingOutcome.Done(cancelled);
        });
    }

    /** One of her bookings with what it needs to change, or why she may not change it ({@code refusal} not null). */
    private record Changeable(Booking booking, SessionType type, Practitioner practitioner, BookingOutcome refusal) {
    }

    private Changeable changeable(UUID member, UUID bookingId) {
        Optional<Booking> found = bookings.ofMember(member, bookingId);
        if (found.isEmpty()) {
            return new Changeable(null, null, null, new BookingOutcome.NotFound());
        }
        Booking booking = found.get();
        SessionType type = practitioners.sessionType(booking.sessionType()).orElseThrow();
        Practitioner practitioner = practitioners.byId(booking.practitioner()).orElseThrow();
        ChangeRules.Decision decision = decision(booking, type);
        return new Changeable(booking, type, practitioner,
                decision instanceof ChangeRules.Allowed ? null : new BookingOutcome.NotAllowed(decision));
    }

    /** What she may do with this booking now. */
    public ChangeRules.Decision decision(Booking booking, SessionType type) {
        return ChangeRules.forMember(booking.status(), booking.slot().start(), type.cancellationWindow(), clock.instant());
    }

    /** Her note, opened for her. */
    public Optional<String> noteOf(UUID member, UUID bookingId) {
        Optional<byte[]> sealed = bookings.ofMember(member, bookingId).flatMap(b -> bookings.sealedNote(b.id()));
        return sealed.map(note -> openForHer(member, NOTE_FIELD, note));
    }

    /**
     * Her own note or cancel reason, opened for her alone (her session page, her export). A practitioner's read goes
     * through {@code SealedReads}, so that it lands in her access log.
     */
    String openForHer(UUID member, String field, byte[] sealed) {
        return vault.openText(member, field, sealed);
    }

    /** The video room's address of a booking. */
    public String roomLink(Booking booking) {
        return rooms.link(booking.videoToken());
    }

    /** The SQLState of the database's refusal inside {@code failure}, or "" when there is none. */
    /**
     * Whether the database refused this write because another booking holds the time. Two inserts racing for
     * overlapping times can each wait on the other's unfinished row while checking the exclusion constraint;
     * PostgreSQL then ends one of them as a deadlock (40P01) and lets the other through, so a deadlock here means the
     * time went to someone else, exactly as an exclusion violation (23P01) does.
     */
    static boolean lostTheTime(Throwable refused) {
        String state = sqlState(refused);
        return EXCLUSION_VIOLATION.equals(state) || DEADLOCK.equals(state);
    }

    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}

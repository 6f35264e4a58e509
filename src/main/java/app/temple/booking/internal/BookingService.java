package app.temple.booking.internal;

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
    private static final String UNIQUE_VIOLATION = "23505";

    private final Practitioners practitioners;
    private final Bookings bookings;
    private final SessionLetters letters;
    private final VideoRooms rooms;
    private final Vault vault;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BookingService(Practitioners practitioners, Bookings bookings, SessionLetters letters, VideoRooms rooms, Vault vault,
                   ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
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
            return new BookingOutcome.Taken(SlotFinder.nearest(free, request.start(), NEAREST));
        }
        Practitioner.BookingRules rules = practitioner.get().rules();
        Booking booking = new Booking(UUID.randomUUID(), practitioner.get().id(), type.get().id(), request.member(),
                slot.get(), BookingStatus.CONFIRMED, UUID.randomUUID() + "@sessions", 0, rooms.newToken(),
                request.memberZone(), request.language(), null);
        try {
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                byte[] note = request.note() == null ? null : vault.sealText(request.member(), NOTE_FIELD, request.note());
                bookings.insert(booking, slot.get().held(rules.bufferBefore(), rules.bufferAfter()), request.idempotencyKey(), note, now);
                letters.send(booking, practitioner.get(), SessionLetters.Change.BOOKED);
                events.publishEvent(new SessionBooked(booking.id(), booking.member(), booking.slot().start()));
            });
        } catch (DataAccessException refused) {
            return switch (sqlState(refused)) {
                case EXCLUSION_VIOLATION -> new BookingOutcome.Taken(
                        SlotFinder.nearest(freeSlots(practitioner.get(), type.get()), request.start(), NEAREST));
                case UNIQUE_VIOLATION -> bookings.byIdempotencyKey(request.member(), request.idempotencyKey())
                        .<BookingOutcome>map(BookingOutcome.Done::new).orElseThrow(() -> refused);
                default -> throw refused;
            };
        }
        return new BookingOutcome.Done(booking);
    }

    /** Moves one of her sessions to another free start of the same type; same UID, SEQUENCE one higher. */
    public BookingOutcome move(UUID member, UUID bookingId, Instant start) {
        Optional<Booking> found = bookings.ofMember(member, bookingId);
        if (found.isEmpty()) {
            return new BookingOutcome.NotFound();
        }
        Booking booking = found.get();
        SessionType type = practitioners.sessionType(booking.sessionType()).orElseThrow();
        Practitioner practitioner = practitioners.byId(booking.practitioner()).orElseThrow();
        ChangeRules.Decision decision = decision(booking, type);
        if (!(decision instanceof ChangeRules.Allowed)) {
            return new BookingOutcome.NotAllowed(decision);
        }
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
                events.publishEvent(new SessionMoved(moved.id(), moved.member(), moved.slot().start()));
                return new BookingOutcome.Done(moved);
            });
        } catch (DataAccessException refused) {
            if (EXCLUSION_VIOLATION.equals(sqlState(refused))) {
                return new BookingOutcome.Taken(SlotFinder.nearest(freeSlots(practitioner, type, booking.id()), start, NEAREST));
            }
            throw refused;
        }
    }

    /** Cancels one of her sessions with her reason (sealed; optional); METHOD:CANCEL goes out. */
    public BookingOutcome cancel(UUID member, UUID bookingId, String reason) {
        Optional<Booking> found = bookings.ofMember(member, bookingId);
        if (found.isEmpty()) {
            return new BookingOutcome.NotFound();
        }
        Booking booking = found.get();
        SessionType type = practitioners.sessionType(booking.sessionType()).orElseThrow();
        ChangeRules.Decision decision = decision(booking, type);
        if (!(decision instanceof ChangeRules.Allowed)) {
            return new BookingOutcome.NotAllowed(decision);
        }
        Practitioner practitioner = practitioners.byId(booking.practitioner()).orElseThrow();
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

    /** What she may do with this booking now. */
    public ChangeRules.Decision decision(Booking booking, SessionType type) {
        return ChangeRules.forMember(booking.status(), booking.slot().start(), type.cancellationWindow(), clock.instant());
    }

    /** Her note, opened for her. */
    public Optional<String> noteOf(UUID member, UUID bookingId) {
        return bookings.ofMember(member, bookingId).flatMap(b -> bookings.sealedNote(b.id()))
                .map(sealed -> vault.openText(member, NOTE_FIELD, sealed));
    }

    /** The video room's address of a booking. */
    public String roomLink(Booking booking) {
        return rooms.link(booking.videoToken());
    }

    /** The SQLState of the database's refusal inside {@code failure}, or "" when there is none. */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}

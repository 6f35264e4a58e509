package app.temple.booking.internal;

import app.temple.account.Accounts;
import app.temple.booking.SessionBooked;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.site.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking a weekly series as a whole: all its sessions in one transaction or none. The first must be a free time as
 * for a single session; each later one must fall in her hours that day and clear of her other bookings, and the
 * database's exclusion constraint has the last word on every one. When one cannot be had, nothing is booked and she
 * is told which week. Each session is then an ordinary booking (its own calendar UID, video room and reminders),
 * sharing the series id, so cancelling one leaves the others.
 */
@Service
public class SeriesService {


    private final Practitioners practitioners;
    private final Bookings bookings;
    private final SeriesOffers offers;
    private final BookingService booking;
    private final VideoRooms rooms;
    private final Invitations invitations;
    private final Accounts accounts;
    private final Mail mail;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PaidBookings paid;

    SeriesService(Practitioners practitioners, Bookings bookings, SeriesOffers offers, BookingService booking,
                  VideoRooms rooms, Invitations invitations, Accounts accounts, Mail mail, PublicAddress address,
                  ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, PaidBookings paid) {
        this.paid = paid;
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.offers = offers;
        this.booking = booking;
        this.rooms = rooms;
        this.invitations = invitations;
        this.accounts = accounts;
        this.mail = mail;
        this.address = address;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The sessions a series starting at {@code first} would have, without booking anything. */
    public List<Slot> occurrences(SessionType type, Practitioner practitioner, Instant first) {
        int weeks = offers.weeks(type.id()).orElse(1);
        return SeriesPlan.occurrences(first, type.length(), practitioner.zone(), weeks);
    }

    public SeriesOutcome book(SeriesRequest request) {
        Optional<SessionType> type = practitioners.sessionType(request.sessionType()).filter(SessionType::active);
        Optional<Practitioner> practitioner = type.flatMap(t -> practitioners.byId(t.practitioner())).filter(Practitioner::active);
        Optional<Integer> weeks = type.flatMap(t -> offers.weeks(t.id()));
        if (type.isEmpty() || practitioner.isEmpty() || weeks.isEmpty()) {
            return new SeriesOutcome.NotOffered();
        }
        // a paid session type is sold one held session at a time; a series of them waits for series checkout
        if (paid.paid(practitioner.get(), type.get())) {
            return new SeriesOutcome.NotOffered();
        }
        Optional<Booking> already = bookings.byIdempotencyKey(request.member(), request.keyOf(1));
        if (already.isPresent()) {
            return booked(request.member(), already.get());
        }
        Practitioner her = practitioner.get();
        List<Slot> slots = SeriesPlan.occurrences(request.first(), type.get().length(), her.zone(), weeks.get());
        if (booking.freeSlots(her, type.get()).stream().noneMatch(s -> s.start().equals(request.first()))) {
            return new SeriesOutcome.Collides(1, slots.getFirst());
        }
        Instant now = clock.instant();
        Availability availability = practitioners.availability(her, now.atZone(her.zone()).toLocalDate());
        List<TimeSpan> held = bookings.held(her.id(), slots.getFirst().start().minus(Duration.ofDays(1)),
                slots.getLast().end().plus(Duration.ofDays(1)));
        Optional<Integer> collision = SeriesPlan.firstCollision(slots, availability, held);
        if (collision.isPresent()) {
            return new SeriesOutcome.Collides(collision.get(), slots.get(collision.get() - 1));
        }
        UUID series = UUID.randomUUID();
        List<Booking> made = new ArrayList<>();
        try {
            transaction.executeWithoutResult(status -> {
                // two series of one practitioner written at once could each hold a week the other waits for (a
                // deadlock): series of one practitioner are written one after the other; single bookings hold one
                // row and cannot close such a circle
                offers.lockSeriesOf(her.id());
                for (Slot slot : slots) {
                    Booking one = new Booking(UUID.randomUUID(), her.id(), type.get().id(), request.member(), slot,
                            BookingStatus.CONFIRMED, UUID.randomUUID() + "@invite", 0, rooms.newToken(),
                            request.memberZone(), request.language(), null);
                    made.add(one);
                    bookings.insert(one, slot.held(her.rules().bufferBefore(), her.rules().bufferAfter()),
                            request.keyOf(made.size()), null, now);
                    offers.join(one.id(), series);
                    events.publishEvent(new SessionBooked(one.id(), one.member(), slot.start()));
                }
                send(made, her);
            });
        } catch (DataAccessException refused) {
            if (BookingService.lostTheTime(refused)) {
                // the week being written when the database refused it: someone booked that time in the meantime
                return new SeriesOutcome.Collides(made.size(), slots.get(made.size() - 1));
            }
            Optional<Booking> twin = bookings.byIdempotencyKey(request.member(), request.keyOf(1));
            if (twin.isPresent()) {
                return booked(request.member(), twin.get());
            }
            throw refused;
        }
        return new SeriesOutcome.Booked(series, List.copyOf(made));
    }

    private SeriesOutcome booked(UUID member, Booking first) {
        UUID series = offers.seriesOf(first.id()).orElseThrow();
        return new SeriesOutcome.Booked(series, offers.bookingsOf(member, series).stream()
                .map(id -> bookings.byId(id).orElseThrow()).toList());
    }

    /** One letter to her and one to the practitioner, each with every session as its own calendar event. */
    private void send(List<Booking> made, Practitioner practitioner) {
        Booking first = made.getFirst();
        Instant now = clock.instant();
        accounts.profile(first.member()).ifPresent(her -> mail.send(new Letter(her.email(), first.language(),
                LetterKind.APPOINTMENT_SERIES, Map.of("when", SessionLetters.when(first, first.memberZone(), first.language()),
                "count", String.valueOf(made.size()), "link", address.of(ReminderSender.HER_ACCOUNT)))
                .about(first.member()).with(invitations.requestAll(made, her.email(), b -> rooms.link(b.videoToken()), now))));
        if (practitioner.account() != null) {
            accounts.profile(practitioner.account()).ifPresent(she -> {
                Locale language = Locale.forLanguageTag(she.language() == null ? "en" : she.language());
                List<Booking> inHerLanguage = made.stream().map(b -> new Booking(b.id(), b.practitioner(), b.sessionType(),
                        b.member(), b.slot(), b.status(), b.icalUid(), b.sequence(), b.videoToken(), practitioner.zone(),
                        language, null)).toList();
                mail.send(new Letter(she.email(), language, LetterKind.APPOINTMENT_WITH_YOU,
                        Map.of("when", SessionLetters.when(first, practitioner.zone(), language), "change", "booked"))
                        .about(first.member())
                        .with(invitations.requestAll(inHerLanguage, she.email(), b -> rooms.link(b.videoToken()), now)));
            });
        }
    }
}

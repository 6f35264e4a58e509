package app.temple.booking.internal;

import app.temple.account.Accounts;
import app.temple.booking.SessionCancelled;
import app.temple.booking.SessionMoved;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.site.PublicAddress;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The waitlist. With no free time in a practitioner's horizon a member can join the line for a session type. When a
 * booking of that type is cancelled and its time is free to book, the time is offered to the first in line by a
 * letter with an unguessable link, kept to her alone for {@code temple.booking.waitlist-offer} (2 hours); then the
 * next in line is offered it as well, and so on. Whoever confirms first gets it: the booking goes through the
 * ordinary {@link BookingService#book}, so the exclusion constraint decides. Whoever comes too late is told so and
 * keeps her place. Her entry goes when she books through it or leaves.
 */
@Service
public class WaitlistService {

    static final String OFFER_PATH = "/account/offer";

    private final Waitlists waitlists;
    private final Practitioners practitioners;
    private final Bookings bookings;
    private final BookingService booking;
    private final Accounts accounts;
    private final Mail mail;
    private final PublicAddress address;
    // the scheduler is built from every task bean, WaitlistTask's among them, which needs this service: looked up late
    private final ObjectProvider<SchedulerClient> jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration offerKept;

    WaitlistService(Waitlists waitlists, Practitioners practitioners, Bookings bookings, BookingService booking,
                    Accounts accounts, Mail mail, PublicAddress address, ObjectProvider<SchedulerClient> jobs,
                    TransactionTemplate transaction, Clock clock,
                    @Value("${temple.booking.waitlist-offer:2h}") String offerKept) {
        this.waitlists = waitlists;
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.booking = booking;
        this.accounts = accounts;
        this.mail = mail;
        this.address = address;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
        this.offerKept = DurationStyle.SIMPLE.parse(offerKept);
    }

    /** Puts her in line for a session type that has no free time; one with free times is booked instead. */
    @Transactional
    public WaitlistOutcome join(UUID member, UUID sessionType, ZoneId zone, Locale language) {
        Optional<SessionType> type = practitioners.sessionType(sessionType).filter(SessionType::active);
        Optional<Practitioner> practitioner = type.flatMap(t -> practitioners.byId(t.practitioner())).filter(Practitioner::active);
        if (type.isEmpty() || practitioner.isEmpty()) {
            return new WaitlistOutcome.NotFound();
        }
        if (!booking.freeSlots(practitioner.get(), type.get()).isEmpty()) {
            return new WaitlistOutcome.TimesFree();
        }
        WaitlistEntry entry = new WaitlistEntry(UUID.randomUUID(), member, practitioner.get().id(), type.get().id(), zone,
                "sv".equals(language.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH, clock.instant());
        waitlists.join(entry);
        return new WaitlistOutcome.Waiting(waitlists.ofMember(member).stream()
                .filter(e -> e.sessionType().equals(sessionType)).findFirst().orElseThrow());
    }

    @Transactional
    public boolean leave(UUID member, UUID entry) {
        return waitlists.leave(member, entry);
    }

    /** A cancelled session's time, offered to the first in line in the cancellation's own transaction. */
    @EventListener
    void on(SessionCancelled cancelled) {
        bookings.byId(cancelled.bookingId()).ifPresent(freed -> offerNext(freed.sessionType(), freed.slot().start()));
    }

    /** The time a moved session left, offered like a cancelled one's, in the move's own transaction. */
    @EventListener
    void on(SessionMoved moved) {
        bookings.byId(moved.bookingId()).ifPresent(kept -> offerNext(kept.sessionType(), moved.previousStartsAt()));
    }

    /** The offer has been hers alone long enough: the next in line is offered the time too (if it is still free). */
    @Transactional
    public void expire(UUID offerId) {
        Optional<WaitlistOffer> offer = waitlists.offer(offerId)
                .filter(o -> waitlists.settle(o.id(), WaitlistOffer.State.OPEN, WaitlistOffer.State.EXPIRED));
        offer.flatMap(o -> waitlists.entry(o.entry()))
                .ifPresent(entry -> offerNext(entry.sessionType(), offer.get().slot().start()));
    }

    /** Offers {@code start} to the next in line for the type, if it is free to book; the offer, if one was made. */
    Optional<WaitlistOffer> offerNext(UUID sessionType, Instant start) {
        SessionType type = practitioners.sessionType(sessionType).orElseThrow();
        Practitioner practitioner = practitioners.byId(type.practitioner()).orElseThrow();
        Optional<Slot> free = booking.freeSlots(practitioner, type).stream().filter(s -> s.start().equals(start)).findFirst();
        Optional<WaitlistEntry> next = free.flatMap(slot -> waitlists.nextFor(sessionType, start));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        WaitlistEntry entry = next.get();
        Instant now = clock.instant();
        String token = WaitlistTokens.newToken();
        WaitlistOffer offer = new WaitlistOffer(UUID.randomUUID(), entry.id(), free.get(), now.plus(offerKept),
                WaitlistOffer.State.OPEN);
        waitlists.offer(offer, WaitlistTokens.hash(token), now);
        jobs.getObject().scheduleIfNotExists(new TaskInstance<Void>(WaitlistTask.NAME, offer.id().toString()), offer.expiresAt());
        accounts.profile(entry.member()).ifPresent(her -> mail.send(new Letter(her.email(), entry.language(),
                LetterKind.APPOINTMENT_OFFER, Map.of(
                "when", SessionLetters.when(free.get(), entry.memberZone(), entry.language()),
                "link", address.of(OFFER_PATH + "?token=" + token),
                "hours", String.valueOf(Math.max(1, offerKept.toHours())))).about(entry.member())));
        return Optional.of(offer);
    }

    /** The offer behind a link, if it was made to her. */
    public Optional<Offered> offered(UUID member, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return waitlists.offerByTokenHash(WaitlistTokens.hash(token))
                .flatMap(offer -> waitlists.entry(offer.entry()).filter(e -> e.member().equals(member))
                        .map(entry -> new Offered(offer, entry)));
    }

    /** An offer with the entry it was made to. */
    public record Offered(WaitlistOffer offer, WaitlistEntry entry) {
    }

    /** Takes the offered time if it is still free; her entry goes with a booking, stays when she was too late. */
    public WaitlistOutcome accept(UUID member, String token) {
        Optional<Offered> found = offered(member, token);
        if (found.isEmpty()) {
            // a confirmation sent twice: the first booked and took the entry with its offers
            return token == null || token.length() > 100 ? new WaitlistOutcome.NotFound()
                    : bookings.byIdempotencyKey(member, WaitlistTokens.bookingKey(token))
                    .<WaitlistOutcome>map(WaitlistOutcome.Booked::new).orElseGet(WaitlistOutcome.NotFound::new);
        }
        WaitlistOffer offer = found.get().offer();
        WaitlistEntry entry = found.get().entry();
        BookingOutcome outcome = booking.book(new BookingRequest(member, entry.sessionType(), offer.slot().start(),
                entry.memberZone(), entry.language(), WaitlistTokens.bookingKey(token), null));
        return transaction.execute(status -> {
            if (outcome instanceof BookingOutcome.Done done) {
                waitlists.leave(member, entry.id());
                return new WaitlistOutcome.Booked(done.booking());
            }
            // taken by someone quicker (or no longer bookable at all): she keeps her place in line
            waitlists.settle(offer.id(), offer.state(), WaitlistOffer.State.TAKEN);
            return new WaitlistOutcome.Taken(entry);
        });
    }
}

package app.temple.booking.internal;

import app.temple.billing.PaidSessions;
import app.temple.billing.SessionPayments;
import app.temple.billing.SessionSeries;
import app.temple.booking.SessionBooked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Paid sessions: a booking is held while she pays at the provider, confirmed when the provider reports the payment
 * (only then do the confirmation letter and the invitation go out, through the same path as a free booking), and
 * released when the payment lapses: the provider's expiry, or the sweep after the hold's end, whichever comes first.
 */
@Service
public class PaidBookings implements PaidSessions {

    /**
     * How long a held time waits for her payment. The provider's page closes a minute earlier (its shortest allowed
     * life is 30 minutes), so a payment made at the last moment still finds its time held.
     */
    static final Duration HOLD = Duration.ofMinutes(32);
    static final Duration CHECKOUT_LIFE = Duration.ofMinutes(31);

    private static final Logger log = LoggerFactory.getLogger(PaidBookings.class);

    private final SessionPayments payments;
    private final SessionSeries series;
    private final Bookings bookings;
    private final BookingHolds holds;
    private final Practitioners practitioners;
    private final SessionLetters letters;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate savepoint;
    private final Clock clock;

    PaidBookings(SessionPayments payments, Bookings bookings, BookingHolds holds, Practitioners practitioners,
                 SessionLetters letters, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                 SessionSeries series) {
        this.payments = payments;
        this.series = series;
        this.bookings = bookings;
        this.holds = holds;
        this.practitioners = practitioners;
        this.letters = letters;
        this.events = events;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /** Whether a session of this type is paid through the provider (rather than free, or arranged with us). */
    boolean paid(Practitioner practitioner, SessionType type) {
        return payments.price(practitioner.slug(), type.slug()).isPresent();
    }

    /** When a hold made now ends. */
    Instant holdEnds() {
        return clock.instant().plus(HOLD);
    }

    /**
     * The provider's checkout for a held booking; where none can be started, the hold is released at once, so that the
     * time is free again.
     */
    public SessionPayments.Checkout checkout(Booking booking) {
        Practitioner practitioner = practitioners.byId(booking.practitioner()).orElseThrow();
        SessionType type = practitioners.sessionType(booking.sessionType()).orElseThrow();
        SessionPayments.Checkout checkout = payments.checkout(booking.member(), booking.id(), practitioner.slug(),
                type.slug(), booking.language().getLanguage(), clock.instant().plus(CHECKOUT_LIFE));
        if (checkout instanceof SessionPayments.Checkout.NotForSale || checkout instanceof SessionPayments.Checkout.ProviderUnavailable) {
            holds.release(booking.id(), clock.instant());
        }
        return checkout;
    }

    @Override
    @Transactional
    public boolean confirmPaid(UUID booking) {
        Optional<Booking> found = bookings.byId(booking);
        if (found.isEmpty()) {
            return false;
        }
        return switch (found.get().status()) {
            case CONFIRMED -> true;
            case HELD -> holds.confirm(booking, clock.instant()) && confirmed(booking);
            case CANCELLED -> retaken(booking) && confirmed(booking);
            case NO_SHOW -> false;
        };
    }

    /** A payment after the hold lapsed takes the time again if it is still free; the database has the last word. */
    private boolean retaken(UUID booking) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(status -> holds.retake(booking, clock.instant())));
        } catch (DataAccessException refused) {
            if (BookingService.lostTheTime(refused)) {
                log.info("booking paid after its time was taken: booking {}", booking);
                return false;
            }
            throw refused;
        }
    }

    private boolean confirmed(UUID id) {
        Booking booking = bookings.byId(id).orElseThrow();
        letters.send(booking, practitioners.byId(booking.practitioner()).orElseThrow(), SessionLetters.Change.BOOKED);
        events.publishEvent(new SessionBooked(booking.id(), booking.member(), booking.slot().start()));
        log.info("booking confirmed on payment: booking {}", id);
        return true;
    }

    @Override
    @Transactional
    public void releaseUnpaid(UUID booking) {
        if (holds.release(booking, clock.instant())) {
            log.info("booking hold released, unpaid: booking {}", booking);
        }
    }

    /**
     * She cancelled outside the cancellation window: the payment goes back, if there was one. Should the provider not
     * answer, the practitioner or an admin can refund it from the session later.
     */
    void refundCancelled(UUID booking) {
        if (series.giveBack(booking)) {
            // a session of a series was paid with a credit, not a payment: the credit is hers again
            log.info("booking cancelled outside its window, series credit given back: booking {}", booking);
            return;
        }
        SessionPayments.Refund refund = payments.refund(booking);
        if (refund != SessionPayments.Refund.NOTHING_TO_REFUND) {
            log.info("booking cancelled outside its window, refund {}: booking {}", refund.name().toLowerCase(java.util.Locale.ROOT), booking);
        }
    }

    /** A refund given by the practitioner or an admin, inside the window or out. */
    public SessionPayments.Refund refund(UUID booking) {
        return payments.refund(booking);
    }

    /** Whether the booking's payment was reported and not given back yet. */
    public boolean refundable(UUID booking) {
        return payments.paid(booking);
    }

    /** The sweep: every hold that has ended, released, each on its own. @return how many were released */
    public int releaseLapsed() {
        int released = 0;
        for (UUID booking : holds.lapsed(clock.instant())) {
            if (holds.release(booking, clock.instant())) {
                released++;
            }
        }
        if (released > 0) {
            log.info("booking holds released by the sweep: {}", released);
        }
        return released;
    }
}

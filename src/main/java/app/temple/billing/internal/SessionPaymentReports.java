package app.temple.billing.internal;

import app.temple.billing.PaidSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The provider's reports about a session's payment, passed on to the sessions module in the transaction that records
 * them. A payment that comes after its hold lapsed and someone else took the time cannot become a booking: it is given
 * back at once, automatically (and she finds her session page saying so), rather than double-booking the practitioner
 * or leaving a paid-for nothing. If the provider cannot be asked for that refund, the report is refused, so the
 * provider delivers it again and nothing is lost.
 */
@Component
class SessionPaymentReports {

    private static final Logger log = LoggerFactory.getLogger(SessionPaymentReports.class);

    private final SessionPurchases sessions;
    private final SessionCheckouts checkouts;
    private final ObjectProvider<PaidSessions> booking;
    private final LatePaymentLetter letter;

    SessionPaymentReports(SessionPurchases sessions, SessionCheckouts checkouts, ObjectProvider<PaidSessions> booking,
                          LatePaymentLetter letter) {
        this.sessions = sessions;
        this.checkouts = checkouts;
        this.booking = booking;
        this.letter = letter;
    }

    /** Whether the purchase pays for a session (and not a course or a membership). */
    boolean forSession(Purchase purchase) {
        return sessions.bookingOf(purchase.reference()).isPresent();
    }

    /** A session's purchase is paid: its booking is confirmed, or the payment is given back. */
    void paid(Purchase purchase) {
        var paidFor = sessions.bookingOf(purchase.reference()).orElseThrow();
        PaidSessions sessionsModule = booking.getIfAvailable();
        if (sessionsModule != null && sessionsModule.confirmPaid(paidFor)) {
            return;
        }
        log.info("billing session paid after its time was gone: purchase {}, refunding", purchase.id());
        switch (checkouts.refund(purchase)) {
            case REQUESTED -> letter.paymentReturned(purchase);
            case NOTHING_TO_REFUND -> {
                // asked for before: she was written to then
            }
            case PROVIDER_UNAVAILABLE -> throw new IllegalStateException("a refund the provider could not be asked for yet");
        }
    }

    /** A session's checkout lapsed unpaid: its held time is released. */
    void expired(String reference) {
        PaidSessions sessionsModule = booking.getIfAvailable();
        if (reference != null && sessionsModule != null) {
            sessions.bookingOf(reference).ifPresent(sessionsModule::releaseUnpaid);
        }
    }
}

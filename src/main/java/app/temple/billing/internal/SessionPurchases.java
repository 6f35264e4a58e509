package app.temple.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Which purchase pays for which booked session, and whether Temple asked the provider to refund it. The booking is
 * the sessions module's id: billing keeps it as a plain value, and asks the sessions module through
 * {@link app.temple.billing.PaidSessions}.
 */
@Repository
class SessionPurchases {

    private final JdbcClient jdbc;
    private final Clock clock;

    SessionPurchases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void attach(UUID purchase, UUID booking) {
        jdbc.sql("update billing_purchase set booking_id = ? where id = ?").params(booking, purchase).update();
    }

    /** The purchase reference of a booking's payment, in whatever state. */
    Optional<String> referenceOf(UUID booking) {
        return jdbc.sql("select reference from billing_purchase where booking_id = ?").param(booking).query(String.class).optional();
    }

    /** The booking a purchase pays for; empty for a course or a membership. */
    Optional<UUID> bookingOf(String reference) {
        return jdbc.sql("select booking_id from billing_purchase where reference = ? and booking_id is not null")
                .param(reference).query(UUID.class).optional();
    }

    /** Marks a paid purchase's refund as asked for; false when it was asked for already or is not paid. */
    boolean refundRequested(UUID purchase) {
        return jdbc.sql("update billing_purchase set refund_requested_at = ? where id = ? and state = 'paid' "
                        + "and refund_requested_at is null")
                .params(Timestamp.from(clock.instant()), purchase).update() == 1;
    }

    /** Takes the mark back when the provider could not be asked, so that the refund may be tried again. */
    void refundNotRequested(UUID purchase) {
        jdbc.sql("update billing_purchase set refund_requested_at = null where id = ?").param(purchase).update();
    }
}

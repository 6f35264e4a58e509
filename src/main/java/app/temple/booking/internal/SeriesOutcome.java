package app.temple.booking.internal;

import java.util.List;
import java.util.UUID;

/** What came of asking to book a weekly series: all of it, or nothing and why. */
public sealed interface SeriesOutcome {

    /** Every session is booked (or, for a form sent twice, was already), earliest first. */
    record Booked(UUID series, List<Booking> bookings) implements SeriesOutcome {
    }

    /** Week {@code week} (from 1), starting at {@code slot}, cannot be had: nothing was booked. */
    record Collides(int week, Slot slot) implements SeriesOutcome {
    }

    /** No such session type, or it is not offered as a series. */
    record NotOffered() implements SeriesOutcome {
    }
}

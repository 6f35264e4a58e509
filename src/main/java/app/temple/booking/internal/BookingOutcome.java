package app.temple.booking.internal;

import java.util.List;

/** What came of asking to book, move or cancel a session. */
public sealed interface BookingOutcome {

    /** It is done (or, for a form sent twice, was done already); the booking as it now stands. */
    record Done(Booking booking) implements BookingOutcome {
    }

    /** Someone else got that time first, or it is no longer offered: the nearest free slots instead. */
    record Taken(List<Slot> nearest) implements BookingOutcome {
    }

    /** She may not change it herself (inside the window, past, or already cancelled). */
    record NotAllowed(ChangeRules.Decision decision) implements BookingOutcome {
    }

    /** No such session type or booking of hers. */
    record NotFound() implements BookingOutcome {
    }
}

package app.temple.booking.internal;

/** What came of asking to join the waitlist or to take a time offered from it. */
public sealed interface WaitlistOutcome {

    /** She is in the line (now, or was already). */
    record Waiting(WaitlistEntry entry) implements WaitlistOutcome {
    }

    /** There are free times: she can book one instead of waiting. */
    record TimesFree() implements WaitlistOutcome {
    }

    /** She took the offered time: her booking. */
    record Booked(Booking booking) implements WaitlistOutcome {
    }

    /** Someone else took the offered time first; she keeps her place in the line. */
    record Taken(WaitlistEntry entry) implements WaitlistOutcome {
    }

    /** No such session type, entry or offer of hers. */
    record NotFound() implements WaitlistOutcome {
    }
}

package app.temple.booking.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether she may move or cancel a session herself. Inside the session type's cancellation window the practitioner
 * has kept the time for her and may have turned others away, so a late change goes through the practitioner; a
 * session that has begun is history and cannot be moved.
 */
public final class ChangeRules {

    private ChangeRules() {
    }

    /** What a member may do with one of her sessions now. */
    public sealed interface Decision {
    }

    /** She may move or cancel it. */
    public record Allowed() implements Decision {
    }

    /** It starts within the window: she is told how to reach the practitioner instead. */
    public record InsideWindow(Duration window) implements Decision {
    }

    /** It has begun or is over. */
    public record Past() implements Decision {
    }

    /** It is cancelled or was marked a no-show: nothing to change. */
    public record Closed(BookingStatus status) implements Decision {
    }

    public static Decision forMember(BookingStatus status, Instant start, Duration cancellationWindow, Instant now) {
        if (!status.canChange()) {
            return new Closed(status);
        }
        if (!now.isBefore(start)) {
            return new Past();
        }
        if (now.isAfter(start.minus(cancellationWindow))) {
            return new InsideWindow(cancellationWindow);
        }
        return new Allowed();
    }
}

package app.temple.booking.internal;

import java.time.Duration;
import java.time.Instant;

/** A free start time for a session: the session runs {@code [start, end)} in real time. */
public record Slot(Instant start, Instant end) {

    public Slot {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a slot ends after it starts");
        }
    }

    /** The time the practitioner is held for it: the session and her buffers around it. */
    public TimeSpan held(Duration bufferBefore, Duration bufferAfter) {
        return new TimeSpan(start.minus(bufferBefore), end.plus(bufferAfter));
    }
}

package app.temple.booking.internal;

import java.time.Instant;
import java.util.Objects;

/** A half-open span of real time {@code [from, until)}, as the database's {@code tstzrange(..., '[)')}. */
public record TimeSpan(Instant from, Instant until) {

    public TimeSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a span ends after it starts");
        }
    }

    public boolean overlaps(TimeSpan other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }
}

package app.temple.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One reminder of one booking: how long before the session it goes out and the start it was planned for. It is the
 * db-scheduler task's instance id, so a reminder is planned once however often it is asked for, and a reminder planned
 * for a start the session has since left is recognised when it runs and does nothing.
 */
record ReminderKey(UUID booking, Duration lead, Instant start) {

    ReminderKey {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(start, "start");
        if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException("a reminder goes out before the session");
        }
    }

    /** When it goes out. */
    Instant due() {
        return start.minus(lead);
    }

    /** {@code <booking>/<minutes before>/<start in epoch seconds>}. */
    String instanceId() {
        return booking + "/" + lead.toMinutes() + "/" + start.getEpochSecond();
    }

    static ReminderKey ofInstanceId(String id) {
        String[] parts = id.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a reminder: " + id);
        }
        return new ReminderKey(UUID.fromString(parts[0]), Duration.ofMinutes(Long.parseLong(parts[1])),
                Instant.ofEpochSecond(Long.parseLong(parts[2])));
    }
}

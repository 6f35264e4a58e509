package app.temple.booking.internal;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of working time on one day, as local times in the practitioner's own zone; {@code starts < ends}. */
public record LocalHours(LocalTime starts, LocalTime ends) {

    public LocalHours {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("working hours end after they start: " + starts + "–" + ends);
        }
    }

    /** Parses {@code 09:00-12:30}. */
    public static LocalHours parse(String text) {
        String[] parts = text.trim().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected hours like 09:00-12:30, got '" + text + "'");
        }
        try {
            return new LocalHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected hours like 09:00-12:30, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return starts + "-" + ends;
    }
}

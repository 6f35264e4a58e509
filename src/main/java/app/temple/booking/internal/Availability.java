package app.temple.booking.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a practitioner can be booked, all in her own zone.
 *
 * @param zone          her time zone; weekly hours and overrides are local times there
 * @param weekly        her hours per weekday; a weekday missing is a day she does not work
 * @param overrides     dates whose hours replace the weekday's: an empty list is a day off
 * @param bufferBefore  time kept free before each session
 * @param bufferAfter   time kept free after each session
 * @param minimumNotice how long before its start a session can still be booked
 * @param horizon       how far ahead sessions can be booked
 * @param step          the distance between the start times offered, from the start of each stretch of hours
 */
public record Availability(ZoneId zone, Map<DayOfWeek, List<LocalHours>> weekly, Map<LocalDate, List<LocalHours>> overrides,
                           Duration bufferBefore, Duration bufferAfter, Duration minimumNotice, Duration horizon,
                           Duration step) {

    public Availability {
        Objects.requireNonNull(zone, "zone");
        weekly = Map.copyOf(weekly);
        overrides = Map.copyOf(overrides);
        if (bufferBefore.isNegative() || bufferAfter.isNegative() || minimumNotice.isNegative()) {
            throw new IllegalArgumentException("buffers and notice are not negative");
        }
        if (step.toMinutes() < 5 || horizon.toDays() < 1) {
            throw new IllegalArgumentException("the slot step is at least 5 minutes and the horizon at least a day");
        }
    }

    /** Her hours on {@code day}: the override's if the day has one, else the weekday's. */
    public List<LocalHours> hoursOn(LocalDate day) {
        List<LocalHours> override = overrides.get(day);
        return override != null ? override : weekly.getOrDefault(day.getDayOfWeek(), List.of());
    }
}

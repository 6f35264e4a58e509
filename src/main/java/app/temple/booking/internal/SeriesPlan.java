package app.temple.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weekly occurrences of a series, computed in the practitioner's zone. Pure.
 * <p>
 * Each occurrence starts at the same local time as the first, a week later each time, so a series that crosses a
 * daylight-saving change keeps her 09:00 at 09:00 and moves in real time instead. A local time the change skips that
 * day is taken as the moment just after the gap (as {@link ZonedDateTime#ofLocal} does), and one it repeats as the
 * first of the two. Each occurrence lasts the session's real minutes.
 */
final class SeriesPlan {

    private SeriesPlan() {
    }

    static List<Slot> occurrences(Instant first, Duration length, ZoneId zone, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("a series has at least one session");
        }
        LocalDateTime local = first.atZone(zone).toLocalDateTime();
        List<Slot> slots = new ArrayList<>(weeks);
        for (int week = 0; week < weeks; week++) {
            Instant start = ZonedDateTime.ofLocal(local.plusWeeks(week), zone, null).toInstant();
            slots.add(new Slot(start, start.plus(length)));
        }
        return List.copyOf(slots);
    }

    /**
     * The first occurrence that cannot be booked: outside her hours that day (a day off, or shorter hours) or
     * overlapping time she is held. Weeks count from 1. Empty when all can be booked (the database still decides).
     */
    static Optional<Integer> firstCollision(List<Slot> occurrences, Availability availability, List<TimeSpan> held) {
        for (int i = 0; i < occurrences.size(); i++) {
            Slot slot = occurrences.get(i);
            TimeSpan holds = slot.held(availability.bufferBefore(), availability.bufferAfter());
            if (!withinHours(slot, availability) || held.stream().anyMatch(holds::overlaps)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static boolean withinHours(Slot slot, Availability availability) {
        ZoneId zone = availability.zone();
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        return availability.hoursOn(day).stream().anyMatch(hours -> {
            Instant from = ZonedDateTime.ofLocal(day.atTime(hours.starts()), zone, null).toInstant();
            Instant until = ZonedDateTime.ofLocal(day.atTime(hours.ends()), zone, null).toInstant();
            return !slot.start().isBefore(from) && !slot.end().isAfter(until);
        });
    }
}

package app.temple.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The free start times of a practitioner, computed from her hours in her own zone. Pure: the same availability, time
 * and bookings always give the same slots.
 * <p>
 * Daylight saving: start times are stepped in her local time, so a Monday 09:00 stays 09:00 for her after the clocks
 * change. A local start time that does not exist that day (the spring gap) is skipped; one that exists twice (the
 * autumn overlap) is offered once, at its first occurrence. A session lasts its real minutes, so one that crosses a
 * change ends at the wall-clock time the change makes it end, and it must end by the end of her hours in real time.
 * An end of hours that falls in a gap is taken as the moment the gap begins (she did not mean to work longer), and one
 * that falls in an overlap as its first occurrence.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /**
     * @param length  the session's real length
     * @param held    the spans already held by her other bookings (buffers included)
     * @param now     the current instant; slots start no earlier than {@code now} plus her minimum notice and before
     *                {@code now} plus her horizon
     * @return the free slots, earliest first, without duplicates
     */
    public static List<Slot> free(Availability availability, Duration length, List<TimeSpan> held, Instant now) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a session lasts some time");
        }
        ZoneRules rules = availability.zone().getRules();
        Instant earliest = now.plus(availability.minimumNotice());
        Instant latest = now.plus(availability.horizon());
        LocalDate lastDay = latest.atZone(availability.zone()).toLocalDate();
        TreeMap<Instant, Slot> slots = new TreeMap<>();
        for (LocalDate day = earliest.atZone(availability.zone()).toLocalDate(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (LocalHours hours : availability.hoursOn(day)) {
                Instant endOfHours = endInstant(day.atTime(hours.ends()), availability, rules);
                for (LocalTime time = hours.starts(); time.isBefore(hours.ends()); ) {
                    LocalDateTime local = day.atTime(time);
                    if (!rules.getValidOffsets(local).isEmpty()) {
                        // ofLocal takes the earlier offset in an overlap: the first occurrence of that local time
                        Instant start = ZonedDateTime.ofLocal(local, availability.zone(), null).toInstant();
                        Slot slot = new Slot(start, start.plus(length));
                        if (!slot.end().isAfter(endOfHours) && !start.isBefore(earliest) && start.isBefore(latest)
                                && isFree(slot.held(availability.bufferBefore(), availability.bufferAfter()), held)) {
                            slots.putIfAbsent(start, slot);
                        }
                    }
                    LocalTime next = time.plus(availability.step());
                    if (!next.isAfter(time)) {
                        break; // stepped past midnight
                    }
                    time = next;
                }
            }
        }
        return List.copyOf(slots.values());
    }

    /** The {@code count} free slots nearest to {@code wanted} (before or after it), earliest first. */
    public static List<Slot> nearest(List<Slot> free, Instant wanted, int count) {
        List<Slot> nearest = new ArrayList<>(free);
        nearest.sort(Comparator.comparing((Slot slot) -> Duration.between(wanted, slot.start()).abs()).thenComparing(Slot::start));
        List<Slot> chosen = new ArrayList<>(nearest.subList(0, Math.min(count, nearest.size())));
        chosen.sort(Comparator.comparing(Slot::start));
        return List.copyOf(chosen);
    }

    private static boolean isFree(TimeSpan wanted, List<TimeSpan> held) {
        for (TimeSpan span : held) {
            if (span.overlaps(wanted)) {
                return false;
            }
        }
        return true;
    }

    private static Instant endInstant(LocalDateTime end, Availability availability, ZoneRules rules) {
        if (rules.getValidOffsets(end).isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(end);
            return gap.getInstant();
        }
        return ZonedDateTime.ofLocal(end, availability.zone(), null).toInstant();
    }
}

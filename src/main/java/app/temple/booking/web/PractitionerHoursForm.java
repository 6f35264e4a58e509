package app.temple.booking.web;

import app.temple.booking.internal.Availability;
import app.temple.booking.internal.LocalHours;
import app.temple.booking.internal.Practitioner;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Her availability as the form shows and posts it, as typed, so a refused form comes back with her input. A day's
 * hours are written {@code 09:00-12:00, 13:00-17:00}; each date override is a line, {@code 2027-04-12 off} (or
 * {@code ledig}) for a day
 * off or {@code 2027-04-12 10:00-12:00} for that day's own hours (extra hours on a free day, or different ones).
 *
 * @param days the hours of Monday to Sunday, in order
 */
public record PractitionerHoursForm(String zone, List<String> days, String overrides, String bufferBefore,
                                    String bufferAfter, String notice, String horizon, String step) {

    static final int FIELD_MAXIMUM = 500;
    static final int OVERRIDES_MAXIMUM = 20_000;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");

    /** The numbers she may choose, as the database allows them. */
    enum Bound {
        BUFFER_BEFORE("bufferBefore", 0, 240), BUFFER_AFTER("bufferAfter", 0, 240), NOTICE("notice", 0, 43_200),
        HORIZON("horizon", 1, 366), STEP("step", 5, 240);

        final String field;
        final int least;
        final int most;

        Bound(String field, int least, int most) {
            this.field = field;
            this.least = least;
            this.most = most;
        }
    }

    public PractitionerHoursForm {
        zone = zone == null ? "" : zone;
        days = days.stream().map(day -> day == null ? "" : day).toList();
        overrides = overrides == null ? "" : overrides;
        bufferBefore = bufferBefore == null ? "" : bufferBefore;
        bufferAfter = bufferAfter == null ? "" : bufferAfter;
        notice = notice == null ? "" : notice;
        horizon = horizon == null ? "" : horizon;
        step = step == null ? "" : step;
    }

    /** The words for a day off: either works in either language, so a form is never refused for its language. */
    static final java.util.Set<String> OFF = java.util.Set.of("off", "ledig");

    /** Her availability as it is now, written out for the form, a day off written {@code offWord}. */
    static PractitionerHoursForm of(Availability availability, String offWord) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(write(availability.weekly().getOrDefault(day, List.of())));
        }
        String overrides = new TreeMap<>(availability.overrides()).entrySet().stream()
                .map(e -> e.getKey() + " " + (e.getValue().isEmpty() ? offWord : write(e.getValue())))
                .collect(Collectors.joining("\n"));
        return new PractitionerHoursForm(availability.zone().getId(), days, overrides,
                minutes(availability.bufferBefore()), minutes(availability.bufferAfter()),
                minutes(availability.minimumNotice()), String.valueOf(availability.horizon().toDays()),
                minutes(availability.step()));
    }

    public String day(int index) {
        return days.get(index);
    }

    /** The message key for each field that is wrong, in form order; empty when it can be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        // a region such as Europe/Stockholm, never a bare offset, which would keep no daylight saving
        if (MemberZones.parse(zone).isEmpty() || !ZoneId.getAvailableZoneIds().contains(zone)) {
            problems.put("zone", "desk.hours.error.zone");
        }
        for (int i = 0; i < days.size(); i++) {
            String problem = dayProblem(days.get(i));
            if (problem != null) {
                problems.put(dayField(i), problem);
            }
        }
        String overridesProblem = overridesProblem();
        if (overridesProblem != null) {
            problems.put("overrides", overridesProblem);
        }
        for (Bound bound : Bound.values()) {
            Integer value = number(value(bound));
            if (value == null || value < bound.least || value > bound.most) {
                problems.put(bound.field, "desk.hours.error." + bound.field);
            }
        }
        return problems;
    }

    /** The form's field name of a weekday, Monday first: {@code day1} to {@code day7}. */
    public static String dayField(int index) {
        return "day" + (index + 1);
    }

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    Practitioner.BookingRules rules() {
        return new Practitioner.BookingRules(Duration.ofMinutes(number(bufferBefore)), Duration.ofMinutes(number(bufferAfter)),
                Duration.ofMinutes(number(notice)), number(horizon), Duration.ofMinutes(number(step)));
    }

    /** Call after {@link #problems()} found none. */
    Map<DayOfWeek, List<LocalHours>> weekly() {
        Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            List<LocalHours> hours = hours(days.get(i));
            if (!hours.isEmpty()) {
                weekly.put(DayOfWeek.of(i + 1), hours);
            }
        }
        return weekly;
    }

    /** Call after {@link #problems()} found none. */
    Map<LocalDate, List<LocalHours>> overridesByDay() {
        Map<LocalDate, List<LocalHours>> byDay = new LinkedHashMap<>();
        for (String line : overrides.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s+", 2);
            byDay.put(LocalDate.parse(parts[0]), isOff(parts[1]) ? List.of() : hours(parts[1]));
        }
        return byDay;
    }

    private String value(Bound bound) {
        return switch (bound) {
            case BUFFER_BEFORE -> bufferBefore;
            case BUFFER_AFTER -> bufferAfter;
            case NOTICE -> notice;
            case HORIZON -> horizon;
            case STEP -> step;
        };
    }

    private static String dayProblem(String text) {
        if (text.length() > FIELD_MAXIMUM) {
            return "desk.hours.error.hours";
        }
        try {
            List<LocalHours> hours = hours(text);
            return overlapping(hours) ? "desk.hours.error.overlap" : null;
        } catch (IllegalArgumentException notHours) {
            return "desk.hours.error.hours";
        }
    }

    private String overridesProblem() {
        if (overrides.length() > OVERRIDES_MAXIMUM) {
            return "desk.hours.error.overrides";
        }
        List<LocalDate> seen = new ArrayList<>();
        for (String line : overrides.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s+", 2);
            LocalDate day = date(parts[0]);
            if (day == null || parts.length < 2) {
                return "desk.hours.error.overrides";
            }
            if (seen.contains(day)) {
                return "desk.hours.error.overrideTwice";
            }
            seen.add(day);
            if (!isOff(parts[1])) {
                String problem = dayProblem(parts[1]);
                if (problem != null) {
                    return problem.equals("desk.hours.error.overlap") ? problem : "desk.hours.error.overrides";
                }
                if (hours(parts[1]).isEmpty()) {
                    return "desk.hours.error.overrides";
                }
            }
        }
        return null;
    }

    /** A day's stretches, in order; throws for anything that is not hours that end after they start. */
    private static List<LocalHours> hours(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return SEPARATOR.splitAsStream(text.strip()).filter(part -> !part.isBlank()).map(LocalHours::parse)
                .sorted(Comparator.comparing(LocalHours::starts)).toList();
    }

    private static boolean overlapping(List<LocalHours> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).starts().isBefore(sorted.get(i - 1).ends())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOff(String text) {
        return OFF.contains(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static LocalDate date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getYear() >= 2000 && day.getYear() <= 2999 ? day : null;
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    private static Integer number(String text) {
        String trimmed = text.strip();
        return NUMBER.matcher(trimmed).matches() ? Integer.valueOf(trimmed) : null;
    }

    private static String write(List<LocalHours> hours) {
        return hours.stream().map(LocalHours::toString).collect(Collectors.joining(", "));
    }

    private static String minutes(Duration duration) {
        return String.valueOf(duration.toMinutes());
    }
}

package app.temple.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as a reader reads them in her language: "5 December 2026" and "5 december 2026", times as
 * "14:30", a session as "Monday 12 April 2027, 09:00–09:50". The localized styles of the JDK say "December 5, 2026" in English and "5 dec. 2026" in Swedish, and ISO
 * dates read as a machine's; so the day comes first and the month is written out in both languages. Machine-readable
 * dates belong in a {@code <time datetime>} attribute, never in the visible text.
 */
public final class Dates {

    /** {@link #HOME}'s name, for where a constant must be text (a request parameter's default). */
    public static final String HOME_ID = "Europe/Stockholm";

    /** The zone a date is shown in when the reader has chosen none: the platform's home. */
    public static final ZoneId HOME = ZoneId.of(HOME_ID);

    private static final String DAY = "d MMMM uuuu";
    private static final String WEEKDAY = "EEEE " + DAY;
    private static final String TIME = "HH:mm";

    private Dates() {
    }

    /** "5 December 2026" / "5 december 2026"; empty for no date. */
    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(DAY, locale).format(date);
    }

    /** The day of an instant in {@code zone}. */
    public static String day(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : day(at.atZone(zone).toLocalDate(), locale);
    }

    /** "14:30" in {@code zone}. */
    public static String time(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern(TIME, locale).format(at.atZone(zone));
    }

    /** "5 December 2026, 14:30" in {@code zone}. */
    public static String dayAndTime(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : day(at, zone, locale) + ", " + time(at, zone, locale);
    }

    /**
     * "Monday 12 April 2027, 09:00–09:50" / "måndag 12 april 2027, 09:00–09:50" in {@code zone}: a session, which
     * starts and ends on one day, so the day is written once.
     */
    public static String weekdayAndTimes(Instant start, Instant end, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern(WEEKDAY, locale).format(start.atZone(zone)) + ", " + time(start, zone, locale)
                + "–" + time(end, zone, locale);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute: the day in {@code zone}, as ISO 8601. */
    public static String machineDay(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toLocalDate().toString();
    }
}

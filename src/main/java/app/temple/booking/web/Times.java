package app.temple.booking.web;

import app.temple.booking.internal.Slot;
import app.temple.site.Dates;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Times as her pages write and read them. */
final class Times {

    private Times() {
    }

    /** e.g. "Monday 12 April 2027, 09:00–09:50", in her language and zone. */
    static String of(Slot slot, ZoneId zone, Locale locale) {
        return Dates.weekdayAndTimes(slot.start(), slot.end(), zone, locale);
    }

    /**
     * Times a form can name: Instant.parse reads years up to a billion, where adding a session's length or writing
     * the time in her zone overflows (a 500 the fuzzer found); no slot lies outside these years.
     */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    /** An instant as a form sends it ({@code 2027-04-12T07:00:00Z}); empty for anything else. */
    static Optional<Instant> instant(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        try {
            Instant instant = Instant.parse(text);
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

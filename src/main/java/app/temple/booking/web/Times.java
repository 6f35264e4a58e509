package app.temple.booking.web;

import app.temple.booking.internal.Slot;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Times as her pages write and read them. */
final class Times {

    private Times() {
    }

    /** e.g. "Monday 12 April 2027, 09:00–09:50", in her language and zone. */
    static String of(Slot slot, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).format(slot.start().atZone(zone)) + "–"
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(slot.end().atZone(zone));
    }

    /** An instant as a form sends it ({@code 2027-04-12T07:00:00Z}); empty for anything else. */
    static Optional<Instant> instant(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

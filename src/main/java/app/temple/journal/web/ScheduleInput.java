package app.temple.journal.web;

import app.temple.journal.internal.EditorProblem;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the schedule fields as the editor typed them. The date field is a date picker in most browsers, but where
 * it falls back to plain text she may type a space instead of the T; the zone may be typed in any letter case
 * and with spaces for underscores ("america/new york").
 */
final class ScheduleInput {

    /** ISO date, then T or a space, then hours and minutes and perhaps seconds; 30 February is refused, not moved. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Every zone of the time zone database, by its id in lower case. */
    private static final Map<String, String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));

    private ScheduleInput() {
    }

    static LocalDateTime time(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new EditorProblem("journal.editor.badTime");
        }
        try {
            return LocalDateTime.parse(text, LOCAL);
        } catch (DateTimeParseException e) {
            throw new EditorProblem("journal.editor.unreadableTime");
        }
    }

    /**
     * The time as the date field can show it again: a date picker shows nothing for a value not in its own
     * format, so a time she typed with a space comes back with the T. What cannot be read comes back as typed.
     */
    static String shown(String typed) {
        try {
            return time(typed).truncatedTo(ChronoUnit.MINUTES).toString();
        } catch (EditorProblem unreadable) {
            return typed;
        }
    }

    /** A zone of the time zone database; fixed offsets such as +02:00 are refused, as they know no summer time. */
    static ZoneId zone(String typed) {
        String key = (typed == null ? "" : typed.strip()).replace(' ', '_').toLowerCase(Locale.ROOT);
        String id = ZONES.get(key);
        if (id == null) {
            throw new EditorProblem("journal.editor.unknownZone");
        }
        return ZoneId.of(id);
    }
}

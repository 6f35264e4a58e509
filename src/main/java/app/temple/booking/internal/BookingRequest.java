package app.temple.booking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What her confirm form asks for.
 *
 * @param idempotencyKey the form's hidden key: the same key books once, however often the form is sent
 * @param note           her optional note to the practitioner, or null; sealed before it is stored
 */
public record BookingRequest(UUID member, UUID sessionType, Instant start, ZoneId memberZone, Locale language,
                             String idempotencyKey, String note) {

    /** Long enough for a few sentences; a longer one is refused with a message, never cut. */
    public static final int NOTE_MAXIMUM = 1_000;

    public BookingRequest {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(sessionType, "sessionType");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(memberZone, "memberZone");
        if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{16,64}")) {
            throw new IllegalArgumentException("an idempotency key is 16 to 64 URL-safe characters");
        }
        // her letters are written in English or Swedish, as the table allows
        language = language != null && "sv".equals(language.getLanguage()) ? Locale.of("sv") : Locale.ENGLISH;
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > NOTE_MAXIMUM) {
            throw new IllegalArgumentException("a note holds at most " + NOTE_MAXIMUM + " characters");
        }
    }

    @Override
    public String toString() {
        return "BookingRequest[" + sessionType + " at " + start + ", note redacted]";
    }
}

package app.temple.booking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What her series form asks for: the first session's start; the rest follow weekly at the same local time.
 *
 * @param idempotencyKey the form's hidden key; each occurrence's booking carries it with its week, so the form books once
 */
public record SeriesRequest(UUID member, UUID sessionType, Instant first, ZoneId memberZone, Locale language,
                            String idempotencyKey) {

    public SeriesRequest {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(sessionType, "sessionType");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(memberZone, "memberZone");
        if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{16,56}")) {
            throw new IllegalArgumentException("an idempotency key is 16 to 56 URL-safe characters");
        }
    }

    /** The key of week {@code week} (from 1), unique per member as {@code booking_booking} wants it. */
    String keyOf(int week) {
        return idempotencyKey + "-w" + week;
    }
}

package app.temple.booking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** Her place in the line for a practitioner's session type, and how her letters reach her (zone and language). */
public record WaitlistEntry(UUID id, UUID member, UUID practitioner, UUID sessionType, ZoneId memberZone,
                            Locale language, Instant joinedAt) {
}

package app.temple.booking;

import java.time.Instant;
import java.util.UUID;

/** A member booked a session. Carries ids and the start only: listeners (reminders) read the rest themselves. */
public record SessionBooked(UUID bookingId, UUID memberId, Instant startsAt) {
}

package app.temple.booking;

import java.time.Instant;
import java.util.UUID;

/** A booked session moved to a new start; reminders planned for the old one are void. */
public record SessionMoved(UUID bookingId, UUID memberId, Instant startsAt) {
}

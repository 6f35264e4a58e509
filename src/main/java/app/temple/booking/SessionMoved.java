package app.temple.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked session moved to a new start: reminders planned for the old one are void, and the time it held at
 * {@code previousStartsAt} is free again (a waitlist may offer it, as after a cancellation).
 */
public record SessionMoved(UUID bookingId, UUID memberId, Instant startsAt, Instant previousStartsAt) {
}

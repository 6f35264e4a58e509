package app.temple.booking;

import java.util.UUID;

/** A booked session was cancelled and its time freed (a waitlist may offer it). */
public record SessionCancelled(UUID bookingId, UUID memberId, UUID practitionerId) {
}

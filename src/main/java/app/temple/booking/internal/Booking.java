package app.temple.booking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * One booked session. Her note and a cancellation's reason are sealed and read on their own, never carried here.
 *
 * @param icalUid     the calendar invitation's UID, the same for the booking's whole life
 * @param sequence    the invitation's SEQUENCE, one higher after every change
 * @param videoToken  the unguessable part of the video-room address; survives a reschedule
 * @param memberZone  the zone she chose when booking, for her letters
 */
public record Booking(UUID id, UUID practitioner, UUID sessionType, UUID member, Slot slot, BookingStatus status,
                      String icalUid, int sequence, String videoToken, ZoneId memberZone, Locale language,
                      Instant cancelledAt) {

    @Override
    public String toString() {
        return "Booking[" + id + ", " + status + "]";
    }
}

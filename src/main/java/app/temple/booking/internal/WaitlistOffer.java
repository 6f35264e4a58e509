package app.temple.booking.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** A freed time offered to one entry of the waitlist, by a letter whose link is kept to her alone until it expires. */
public record WaitlistOffer(UUID id, UUID entry, Slot slot, Instant expiresAt, State state) {

    /**
     * Open: the letter went out; she may confirm (after it expires too, as long as the time is free). Accepted: she
     * booked it. Taken: she tried, someone was first. Expired: the next in line was offered it as well.
     */
    public enum State {
        OPEN, ACCEPTED, TAKEN, EXPIRED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State ofColumn(String value) {
            return Arrays.stream(values()).filter(s -> s.column().equals(value)).findFirst().orElseThrow();
        }
    }
}

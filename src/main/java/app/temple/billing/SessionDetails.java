package app.temple.billing;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What the sessions module tells billing about booked sessions it holds payments for: whose session it is and when,
 * for the admin's list of payments. Implemented by the sessions module (which depends on billing, never the other way
 * round); billing lists the payments without it when it is absent.
 */
public interface SessionDetails {

    /**
     * The practitioner and start of each of these bookings that the sessions module knows, in one look-up for the
     * lot; a booking it does not know (gone with an erased account) is left out.
     */
    Map<UUID, Details> of(Collection<UUID> bookings);

    /** @param practitioner her name as shown on her profile */
    record Details(String practitioner, Instant startsAt) {
    }
}

package app.temple.booking.internal;

import java.time.Duration;
import java.util.UUID;

/**
 * A kind of session a practitioner offers.
 *
 * @param cancellationWindow how long before its start she can no longer move or cancel it herself
 */
public record SessionType(UUID id, UUID practitioner, String slug, Bilingual name, Duration length, Price price,
                          Duration cancellationWindow, boolean active) {
}

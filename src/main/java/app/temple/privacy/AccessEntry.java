package app.temple.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of a member's sensitive data by someone other than her.
 *
 * @param at        when it happened; never null
 * @param actorId   who read it; never null
 * @param actorRole in which role, e.g. {@code practitioner} or {@code admin}; never null
 * @param actorName the name she knows the reader by; never null
 * @param what      what was read, in words she can understand; never null
 */
public record AccessEntry(Instant at, UUID actorId, String actorRole, String actorName, String what) {
}

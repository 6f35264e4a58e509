package app.temple.billing;

import java.util.UUID;

/**
 * A member's grant was taken back, published in the transaction that revoked it.
 *
 * @param scope a course's slug, or {@link GrantIssued#ALL_COURSES}
 */
public record GrantRevoked(UUID member, String scope) {
}

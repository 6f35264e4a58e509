package app.temple.billing.internal;

import app.temple.billing.GrantIssued;

import java.time.Instant;
import java.util.UUID;

/**
 * One access grant as stored.
 *
 * @param course the course's slug, or null for every course
 * @param endsAt the first moment it no longer holds; null for no end
 * @param grantedBy the admin who gave it; null for a purchase or once that admin's account is gone
 */
public record Grant(UUID id, UUID member, String course, Instant startsAt, Instant endsAt, String source,
                    String purchaseRef, UUID grantedBy, Instant createdAt, Instant revokedAt, UUID revokedBy) {

    /** The slug, or {@link GrantIssued#ALL_COURSES}. */
    public String scope() {
        return course == null ? GrantIssued.ALL_COURSES : course;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Where it stands at {@code now}: revoked, ended, scheduled (not yet started) or active. */
    public String state(Instant now) {
        if (revoked()) {
            return "revoked";
        }
        if (endsAt != null && !now.isBefore(endsAt)) {
            return "ended";
        }
        return now.isBefore(startsAt) ? "scheduled" : "active";
    }
}

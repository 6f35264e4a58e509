package app.temple.billing;

import java.util.UUID;

/**
 * A member was given access, published in the transaction that stored the grant.
 *
 * @param scope a course's slug, or {@link #ALL_COURSES}
 */
public record GrantIssued(UUID member, String scope) {

    /** The scope of a grant that covers every course. */
    public static final String ALL_COURSES = "all";
}

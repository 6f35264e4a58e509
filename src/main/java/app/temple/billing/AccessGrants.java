package app.temple.billing;

import java.util.UUID;

/** Whether a member holds access to a course right now, by a grant for that course or for every course. */
public interface AccessGrants {

    /**
     * @param member the member's id; null (a visitor) holds nothing
     * @param course the course's slug, e.g. {@code foundation}
     */
    boolean holds(UUID member, String course);
}

package app.temple.billing;

/** What is on sale for a course, for its pages to show; the purchase itself happens in billing's own routes. */
public interface Offers {

    /** @param course the course's slug */
    CourseOffers forCourse(String course);

    /**
     * A short text that differs whenever what is on sale may have changed, so that pages shared by every visitor
     * can be rendered again.
     */
    String state();
}

package app.temple.course.internal;

import app.temple.site.ContentEpoch;
import org.springframework.stereotype.Component;

/**
 * The epoch of the course and lesson pages shared among visitors. They changed only with a release until editors
 * could edit lessons; now every write of a course or lesson moves it once the write commits, so the next visitor
 * sees the lesson as saved.
 */
@Component
public class CourseEpoch {

    private final ContentEpoch epoch = new ContentEpoch();

    public ContentEpoch epoch() {
        return epoch;
    }

    void changedInThisTransaction() {
        epoch.advanceAfterCommit();
    }
}

package app.temple.course.internal;

import app.temple.billing.Offers;
import app.temple.billing.OffersChanged;
import app.temple.content.Revisions;
import app.temple.site.PolledEpoch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The epoch of the course and lesson pages shared among visitors. They changed only with a release until editors
 * could edit lessons; now every write of a course or lesson moves it once the write commits, so the next visitor
 * sees the lesson as saved, and a poll of the lessons' revisions moves it when another instance of Temple, sharing
 * the database, saved one (every change to a lesson is a revision). The locked lessons show what is on sale, so a
 * change of products or prices moves it too.
 */
@Component
public class CourseEpoch extends PolledEpoch {

    private final Revisions revisions;
    private final Offers offers;

    CourseEpoch(Revisions revisions, Offers offers, @Value("${temple.course.change-poll:1s}") Duration pollEvery) {
        super("course-epoch", pollEvery);
        this.revisions = revisions;
        this.offers = offers;
    }

    @Override
    protected String state() {
        return revisions.state(LessonEditor.KIND) + "/" + offers.state();
    }

    @EventListener
    void on(OffersChanged changed) {
        changedInThisTransaction();
    }

    /** Declared again here so that {@link Courses}, in this package, may call it. */
    @Override
    protected void changedInThisTransaction() {
        super.changedInThisTransaction();
    }
}

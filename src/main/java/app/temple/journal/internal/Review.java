package app.temple.journal.internal;

import java.time.LocalDate;

/**
 * Where an article stands with clinical review. The editors' own reading is not a review: until a qualified reviewer
 * from {@code reviewers.yaml} has read it, an article is {@link Pending}, and its page says so.
 */
public sealed interface Review {

    /** @param awaitsTraumaInformedRead the article touches on trauma and waits for a trauma-informed clinician too */
    record Pending(boolean awaitsTraumaInformedRead) implements Review {
    }

    record Done(Reviewer reviewer, LocalDate on) implements Review {
    }
}

package app.temple.booking.internal;

/** What came of a practitioner's change to one of her sessions at her desk. */
public enum DeskOutcome {
    /** Done: the session is marked or cancelled, and the client's letter is queued. */
    DONE,
    /** Not hers, or no such session: a page answers 404 alike. */
    NOT_FOUND,
    /** A no-show for a session that has not ended, or a cancellation of one that has begun. */
    TOO_EARLY_OR_LATE,
    /** Already cancelled or marked: only a confirmed session changes. */
    NOT_CONFIRMED
}

package app.temple.booking.internal;

/** What became of her choice of what to share for a session. */
public enum SharingOutcome {
    SAVED,
    /** A choice that is not one of her items (any more): nothing was changed. */
    UNKNOWN_ITEM,
    /** The session has started (or is no longer confirmed): what she shared is fixed. */
    FIXED
}

package app.temple.billing.internal;

import java.util.Arrays;
import java.util.Optional;

/** What a product sells; the column's value is the lower-case name. */
public enum ProductKind {
    /** One course, for good. */
    COURSE,
    /** Every course, for as long as she pays monthly or yearly. */
    MEMBERSHIP,
    /** One session of a practitioner's session type. */
    SESSION_TYPE,
    /** A series of sessions of a practitioner's session type. */
    SERIES;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ProductKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }

    /** Whether buying it opens courses, which is what checkout handles so far; sessions come with slot holds. */
    public boolean opensCourses() {
        return this == COURSE || this == MEMBERSHIP;
    }
}

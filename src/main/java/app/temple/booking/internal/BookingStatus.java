package app.temple.booking.internal;

import java.util.Arrays;

/**
 * Where a booking stands. A confirmed session holds the practitioner's time; a cancelled one frees it; a no-show
 * still held it (it is in the past); a held one keeps the time while she pays. Only a confirmed session can change.
 */
public enum BookingStatus {

    /** A paid session while she pays: it holds the time until the payment is reported or its hold lapses. */
    HELD("held"),
    CONFIRMED("confirmed"), CANCELLED("cancelled"), NO_SHOW("no-show");

    private final String column;

    BookingStatus(String column) {
        this.column = column;
    }

    /** The value in {@code booking_booking.status}. */
    public String column() {
        return column;
    }

    public static BookingStatus ofColumn(String value) {
        return Arrays.stream(values()).filter(status -> status.column.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no booking status " + value));
    }

    /** Whether it can still be moved or cancelled (subject to the time rules in {@link ChangeRules}). */
    public boolean canChange() {
        return this == CONFIRMED;
    }
}

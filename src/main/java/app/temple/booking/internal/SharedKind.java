package app.temple.booking.internal;

import java.util.Arrays;
import java.util.Optional;

/** What she may share with her practitioner, as the {@code booking_shared_item.kind} column names it. */
public enum SharedKind {
    QUIZ_RESULT("quiz-result"),
    REFLECTION("reflection");

    private final String column;

    SharedKind(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    static Optional<SharedKind> of(String column) {
        return Arrays.stream(values()).filter(kind -> kind.column.equals(column)).findFirst();
    }
}

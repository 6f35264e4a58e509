package app.temple.booking.internal;

import java.time.Instant;

/**
 * One of her items she may share, as her forms list it: never its content.
 *
 * @param key   the checkbox's value, {@code kind:id}; the only form in which an item travels through a form
 * @param title the quiz's title, or the course and lesson of a reflection
 */
public record Shareable(SharedKind kind, String id, String key, String title, Instant date) {

    static Shareable of(SharedKind kind, String id, String title, Instant date) {
        return new Shareable(kind, id, kind.column() + ":" + id, title, date);
    }
}

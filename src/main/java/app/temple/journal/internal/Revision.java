package app.temple.journal.internal;

import java.time.Instant;
import java.util.UUID;

/** One saved state of an article's source; never changed once written. */
public record Revision(UUID id, UUID articleId, int number, String source, String origin, Instant createdAt) {
}

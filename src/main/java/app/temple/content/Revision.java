package app.temple.content;

import java.time.Instant;
import java.util.UUID;

/** One saved state of a document's source; never changed once written. */
public record Revision(UUID id, DocumentKey document, int number, String source, RevisionOrigin origin, Instant createdAt) {
}

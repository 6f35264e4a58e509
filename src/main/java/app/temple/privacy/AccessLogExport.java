package app.temple.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the access log holds about one member, oldest first, for her machine-readable export.
 *
 * @param owner      the member
 * @param exportedAt when the export was made
 * @param entries    oldest first; never null
 */
public record AccessLogExport(UUID owner, Instant exportedAt, List<AccessEntry> entries) {
}

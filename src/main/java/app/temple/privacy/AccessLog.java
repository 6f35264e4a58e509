package app.temple.privacy;

import java.util.List;
import java.util.UUID;

/**
 * Who looked at a member's sensitive data (privacy rule 5). Every module that shows a member's quiz results,
 * reflections or session notes to someone else records the read here, before it shows them; the member reads
 * her own log. What was read is stored sealed, since it can say as much as the data itself.
 * <p>
 * A read of her sealed data through {@link app.temple.vault.SealedReads} is recorded here by itself, with message
 * keys for who and what that her privacy page shows in her language.
 */
public interface AccessLog {

    /**
     * Records that {@code actor} read {@code what} of {@code owner}'s data, now. A read by the owner herself is
     * not an access by someone else and is not recorded.
     *
     * @param owner     the member whose data was read; must not be null
     * @param actor     who read it; must not be null
     * @param actorRole e.g. {@code practitioner}, {@code admin}; must not be blank
     * @param actorName the name the member knows the reader by; must not be blank
     * @param what      what was read, in words the member understands; must not be blank
     */
    void record(UUID owner, UUID actor, String actorRole, String actorName, String what);

    /** The owner's entries, newest first; empty when nobody else has read her data. */
    List<AccessEntry> of(UUID owner);

    /** The owner's entries for her export, oldest first. */
    AccessLogExport export(UUID owner);

    /** Deletes every entry about {@code owner}; no row keyed by her id remains. */
    void eraseAll(UUID owner);
}

package app.temple.content;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The revisions of every document people write, whatever module owns it: the Journal's articles and the courses'
 * lessons keep their history here, so saving, listing and restoring work the same way for both.
 */
@Repository
public class Revisions {

    private static final String COLUMNS = "id, kind, document, number, source, origin, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Revisions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds {@code source} as the document's newest revision. */
    @Transactional
    public Revision add(DocumentKey document, String source, RevisionOrigin origin) {
        // one writer at a time per document, so two saves cannot both take the same number
        jdbc.sql("select pg_advisory_xact_lock(hashtext(? || '/' || ?))").params(document.kind(), document.key())
                .query((rs, n) -> 0).list();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from content_revision where kind = ? and document = ?")
                .params(document.kind(), document.key()).query(Integer.class).single();
        Revision revision = new Revision(UUID.randomUUID(), document, number, source, origin, clock.instant());
        jdbc.sql("insert into content_revision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(revision.id(), document.kind(), document.key(), number, source, origin.key(),
                        Timestamp.from(revision.createdAt()))
                .update();
        return revision;
    }

    /** The newest revision, or empty for a document that has none. */
    public Optional<Revision> current(DocumentKey document) {
        return jdbc.sql("select " + COLUMNS + " from content_revision where kind = ? and document = ? order by number desc limit 1")
                .params(document.kind(), document.key()).query(Revisions::revision).optional();
    }

    /** Newest first. */
    public List<Revision> list(DocumentKey document) {
        return jdbc.sql("select " + COLUMNS + " from content_revision where kind = ? and document = ? order by number desc")
                .params(document.kind(), document.key()).query(Revisions::revision).list();
    }

    /** When each document of a kind last changed, by its key: for an editor's list of what there is. */
    public Map<String, Instant> lastChanged(String kind) {
        Map<String, Instant> changes = new HashMap<>();
        jdbc.sql("select document, max(created_at) from content_revision where kind = ? group by document").param(kind)
                .query(rs -> {
                    changes.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        return changes;
    }

    /** How many revisions a kind has and when the newest came: different whenever a document of the kind changed. */
    public String state(String kind) {
        return jdbc.sql("select count(*) || '/' || coalesce(max(created_at)::text, '') from content_revision where kind = ?")
                .param(kind).query(String.class).single();
    }

    /** A revision by its id, whatever document it belongs to. */
    public Optional<Revision> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from content_revision where id = ?").param(id).query(Revisions::revision).optional();
    }

    /**
     * A revision of this document; one of another document is treated as not there, so an id passed in a form
     * reveals nothing about other documents.
     */
    public Optional<Revision> find(DocumentKey document, UUID id) {
        return find(id).filter(revision -> revision.document().equals(document));
    }

    /**
     * Makes an earlier revision's source the newest again, as a revision of its own, so nothing is lost.
     *
     * @return the new revision; empty when {@code id} is not one of this document's
     */
    @Transactional
    public Optional<Revision> restore(DocumentKey document, UUID id) {
        return find(document, id).map(earlier -> add(document, earlier.source(), RevisionOrigin.RESTORE));
    }

    private static Revision revision(ResultSet rs, int n) throws SQLException {
        return new Revision(rs.getObject("id", UUID.class), new DocumentKey(rs.getString("kind"), rs.getString("document")),
                rs.getInt("number"), rs.getString("source"), RevisionOrigin.of(rs.getString("origin")),
                rs.getTimestamp("created_at").toInstant());
    }
}

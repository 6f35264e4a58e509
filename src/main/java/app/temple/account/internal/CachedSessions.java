package app.temple.account.internal;

import app.temple.site.ChangeFeed;
import app.temple.site.NodeCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sessions as Spring Session JDBC stores them, read from PostgreSQL once and then kept on this node, so that a
 * signed-in page costs no database round trip. Spring Session's own repository reads the session on every request
 * and writes its time of last access after every request; here:
 * <ul>
 *   <li>a session changed, created, or ended anywhere is forgotten by every node: triggers on {@code spring_session}
 *       note the change in the {@link ChangeFeed}, polled a few times a
 *       second, and this node forgets at once what it changed itself;</li>
 *   <li>the time of last access is written when it is a minute older than the stored one, not on every request,
 *       so the stored expiry is at most a minute early: a session is never deleted while in use, because the idle
 *       timeout is far longer than a minute;</li>
 *   <li>any change to the session (sign-in, a new id, an attribute) reads the stored session and saves it through
 *       Spring Session's repository, exactly as before.</li>
 * </ul>
 * A sign-out on one node reaches a session kept on another within the poll; the page cache of that other node is
 * also what answers a request in that fraction of a second.
 */
final class CachedSessions implements FindByIndexNameSessionRepository<CachedSession> {

    static final String TOPIC = "session";
    private static final Duration WRITE_LAST_ACCESS_EVERY = Duration.ofMinutes(1);

    /**
     * The kept session, the time of last access its row holds, and when this node last saw it used (noted apart from
     * the session, so that a request does not copy the session to note it). Forgotten together when the row changes:
     * the row's time then counts again.
     */
    private record Kept(MapSession session, Instant storedLastAccess, AtomicReference<Instant> lastAccess) {
        Kept(MapSession session, Instant storedLastAccess) {
            this(session, storedLastAccess, new AtomicReference<>(session.getLastAccessedTime()));
        }
    }

    /** Spring Session's repository, seen through its interface: its session class is not public. */
    private final FindByIndexNameSessionRepository<Session> stored;
    private final NodeCache<Kept> kept;

    @SuppressWarnings("unchecked")
    CachedSessions(JdbcIndexedSessionRepository stored, ChangeFeed feed) {
        this.stored = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) stored;
        this.kept = feed.cache(TOPIC, Duration.ofMinutes(5), 100_000);
    }

    @Override
    public CachedSession createSession() {
        return CachedSession.created(stored.createSession());
    }

    @Override
    public void save(CachedSession session) {
        if (session.gone()) {
            return; // ended elsewhere while this request ran: it stays ended
        }
        String id = session.getId();
        if (session.changed()) {
            stored.save(session.storedSession());
            forgetHere(session.originalId());
            keep(id, session.toKeep(), session.getLastAccessedTime());
            return;
        }
        Instant now = session.getLastAccessedTime();
        if (Duration.between(session.storedLastAccess(), now).compareTo(WRITE_LAST_ACCESS_EVERY) >= 0) {
            Session row = stored.findById(id);
            if (row == null) {
                forgetHere(id);
                return;
            }
            row.setLastAccessedTime(now);
            stored.save(row);
            keep(id, session.toKeep(), now);
            return;
        }
        Kept found = kept.peek(id);
        if (found != null) {
            found.lastAccess().accumulateAndGet(now, (was, is) -> is.isAfter(was) ? is : was);
        }
    }

    private void keep(String id, MapSession session, Instant storedLastAccess) {
        kept.put(id, new Kept(session, storedLastAccess));
    }

    @Override
    public CachedSession findById(String id) {
        Kept found = kept.get(id, () -> read(id));
        if (found == null) {
            return null;
        }
        CachedSession session = CachedSession.found(found.session(), found.lastAccess().get(), found.storedLastAccess(), stored::findById);
        if (session.isExpired()) {
            forgetHere(id);
            stored.deleteById(id);
            return null;
        }
        return session;
    }

    private Kept read(String id) {
        Session row = stored.findById(id);
        if (row == null) {
            return null;
        }
        return new Kept(new MapSession(row), row.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
        forgetHere(id);
    }

    private void forgetHere(String id) {
        kept.forget(id);
    }

    /** Read from the database every time: the list of her sessions, and which to end, must be exact. */
    @Override
    public Map<String, CachedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, CachedSession> found = new LinkedHashMap<>();
        stored.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, row) -> found.put(id,
                CachedSession.found(new MapSession(row), row.getLastAccessedTime(), row.getLastAccessedTime(), stored::findById)));
        return found;
    }
}

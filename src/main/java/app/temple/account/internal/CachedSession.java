package app.temple.account.internal;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One request's view of a session. It reads from a copy of what this node keeps of the session; the first change
 * (an attribute, a new id, a lifetime) reads the stored session and changes that too, so that saving writes exactly
 * what Spring Session's own session would have written.
 */
final class CachedSession implements Session {

    /** What this request reads; its changes are also made to {@link #stored} once there is one. */
    private final MapSession view;
    /** The time of last access as the stored row holds it (written at most once a minute). */
    private final Instant storedLastAccess;
    private final Function<String, Session> readStored;
    private final String originalId;
    private Session stored;
    private boolean gone;

    private CachedSession(MapSession view, Instant storedLastAccess, Session stored, Function<String, Session> readStored) {
        this.view = view;
        this.storedLastAccess = storedLastAccess;
        this.stored = stored;
        this.readStored = readStored;
        this.originalId = view.getId();
    }

    /** A session created on this request: it has its stored twin from the start. */
    static CachedSession created(Session stored) {
        return new CachedSession(new MapSession(stored), stored.getLastAccessedTime(), stored, id -> stored);
    }

    /** A session found: a copy of the kept one, with the time of its last access on this node. */
    static CachedSession found(MapSession kept, Instant lastAccess, Instant storedLastAccess, Function<String, Session> readStored) {
        MapSession view = new MapSession(kept);
        view.setLastAccessedTime(lastAccess);
        return new CachedSession(view, storedLastAccess, null, readStored);
    }

    /** The stored session, read on the first change; null once it turned out deleted meanwhile (by another node). */
    private Session stored() {
        if (stored == null && !gone) {
            stored = readStored.apply(originalId);
            if (stored == null) {
                gone = true;
            } else {
                stored.setLastAccessedTime(view.getLastAccessedTime());
            }
        }
        return stored;
    }

    boolean changed() {
        return stored != null;
    }

    boolean gone() {
        return gone;
    }

    Session storedSession() {
        return stored;
    }

    String originalId() {
        return originalId;
    }

    Instant storedLastAccess() {
        return storedLastAccess;
    }

    /** A copy to keep on this node, as this request leaves the session. */
    MapSession toKeep() {
        MapSession kept = new MapSession(view);
        kept.setId(getId());
        return kept;
    }

    @Override
    public String getId() {
        return stored != null ? stored.getId() : view.getId();
    }

    @Override
    public String changeSessionId() {
        Session session = stored();
        if (session == null) {
            return view.getId();
        }
        return session.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
        return view.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return view.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
            return;
        }
        if (value.equals(view.getAttribute(name)) && isValue(value)) {
            return; // the same string, number or flag again: nothing to write
        }
        view.setAttribute(name, value);
        if (stored() != null) {
            stored.setAttribute(name, value);
        }
    }

    /** Objects that cannot change inside, so that an equal one set again is truly no change. */
    private static boolean isValue(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    @Override
    public void removeAttribute(String name) {
        if (view.getAttribute(name) == null) {
            return;
        }
        view.removeAttribute(name);
        if (stored() != null) {
            stored.removeAttribute(name);
        }
    }

    @Override
    public Instant getCreationTime() {
        return view.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        view.setLastAccessedTime(lastAccessedTime);
        if (stored != null) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return view.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        if (Objects.equals(interval, view.getMaxInactiveInterval())) {
            return;
        }
        view.setMaxInactiveInterval(interval);
        if (stored() != null) {
            stored.setMaxInactiveInterval(interval);
        }
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return view.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return view.isExpired();
    }
}

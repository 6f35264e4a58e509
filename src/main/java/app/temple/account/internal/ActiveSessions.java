package app.temple.account.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A member's signed-in sessions across every node (they live in PostgreSQL), to list and to end. */
@Component
class ActiveSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    ActiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Her sessions, each named by its opaque handle rather than its id: the page that lists them holds
     * nothing that could be replayed as a session cookie. A session not yet marked (its first request
     * after a passkey sign-in has not finished) has no handle and cannot be ended singly until it is.
     */
    List<ActiveSession> of(UUID member, String currentSessionId) {
        return sessions.findByPrincipalName(member.toString()).values().stream()
                .map(session -> new ActiveSession(handleOf(session),
                        String.valueOf(Objects.requireNonNullElse(session.getAttribute(SignInOutcomes.DEVICE), Devices.UNKNOWN)),
                        session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
                .toList();
    }

    /** Ends one of her sessions by its handle; a handle that names none of hers changes nothing. */
    boolean end(UUID member, String handle) {
        if (handle == null || handle.isBlank()) {
            return false;
        }
        Optional<String> id = sessions.findByPrincipalName(member.toString()).values().stream()
                .filter(session -> handle.equals(handleOf(session))).map(Session::getId).findFirst();
        id.ifPresent(sessions::deleteById);
        return id.isPresent();
    }

    private static String handleOf(Session session) {
        return session.getAttribute(SignInOutcomes.HANDLE) instanceof String handle ? handle : "";
    }

    int endAllBut(UUID member, String keep) {
        List<String> others = sessions.findByPrincipalName(member.toString()).keySet().stream()
                .filter(id -> !id.equals(keep)).toList();
        others.forEach(sessions::deleteById);
        return others.size();
    }

    void endAll(UUID member) {
        endAllBut(member, "");
    }

    /** One session as shown to its member; {@code handle} names it without being its id. */
    public record ActiveSession(String handle, String device, Instant lastSeen, boolean current) {
        @Override
        public String toString() {
            return "ActiveSession[device=" + device + ", lastSeen=" + lastSeen + ", current=" + current + ", (handle redacted)]";
        }
    }
}

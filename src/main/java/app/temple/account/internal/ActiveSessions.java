package app.temple.account.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A member's signed-in sessions across every node (they live in PostgreSQL), to list and to end. */
@Component
class ActiveSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    ActiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    List<ActiveSession> of(UUID member, String currentSessionId) {
        return sessions.findByPrincipalName(member.toString()).values().stream()
                .map(session -> new ActiveSession(session.getId(),
                        String.valueOf(java.util.Objects.requireNonNullElse(session.getAttribute(SignInOutcomes.DEVICE), "Unknown device")),
                        session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
                .toList();
    }

    /** Ends one of her sessions; a session id that is not hers changes nothing. */
    boolean end(UUID member, String sessionId) {
        if (!sessions.findByPrincipalName(member.toString()).containsKey(sessionId)) {
            return false;
        }
        sessions.deleteById(sessionId);
        return true;
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

    /** One session as shown to its member. */
    public record ActiveSession(String id, String device, Instant lastSeen, boolean current) {
    }
}

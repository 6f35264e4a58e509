package app.temple.account.internal;

import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;
import java.util.UUID;

/**
 * What follows every change to how she signs in (a passkey added or removed, the authenticator app turned on or
 * off, new recovery codes, a new password): it is written to her security log, every other session of hers ends
 * (one an attacker may hold), and a discreet letter tells her, so that a change she did not make does not go unseen.
 */
@Component
class CredentialChanges {

    /** The words the letter may use for what changed (see {@link LetterKind#SECURITY_CHANGE}). */
    enum Change {
        PASSWORD("password"), PASSKEY("passkey"), SECOND_FACTOR("second-factor");

        private final String word;

        Change(String word) {
            this.word = word;
        }
    }

    private final SecurityLog securityLog;
    private final ActiveSessions sessions;
    private final Members members;
    private final Mail mail;

    CredentialChanges(SecurityLog securityLog, ActiveSessions sessions, Members members, Mail mail) {
        this.securityLog = securityLog;
        this.sessions = sessions;
        this.members = members;
        this.mail = mail;
    }

    void changed(UUID member, SecurityLog.Kind kind, Change change) {
        securityLog.record(member, kind);
        endOtherSessions(member);
        members.byId(member).ifPresent(found -> mail.send(new Letter(found.email(), found.locale(),
                LetterKind.SECURITY_CHANGE, Map.of("change", change.word))));
    }

    /** Ends every session of hers but the one this request belongs to. */
    void endOtherSessions(UUID member) {
        if (sessions.endAllBut(member, currentSessionId()) > 0) {
            securityLog.record(member, SecurityLog.Kind.SESSION_ENDED);
        }
    }

    /** The session the change was made in, which stays; none outside a request (then every session ends). */
    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? "" : session.getId();
        }
        return "";
    }
}

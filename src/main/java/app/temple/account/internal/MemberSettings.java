package app.temple.account.internal;

import app.temple.account.Reauthentication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** What a signed-in member changes about her own account: sessions, second factor, password. */
@Service
public class MemberSettings {

    private final Members members;
    private final ActiveSessions sessions;
    private final Authenticator authenticator;
    private final PasswordResets passwords;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final SecurityLog securityLog;
    private final MessageSource messages;
    private final Clock clock;
    private final SignedIn signIn;
    private final Passkeys passkeys;
    private final CredentialChanges changes;

    MemberSettings(Members members, ActiveSessions sessions, Authenticator authenticator, PasswordResets passwords,
                   PasswordPolicy policy, PasswordEncoder passwordEncoder, SecurityLog securityLog,
                   MessageSource messages, Clock clock, SignedIn signIn, Passkeys passkeys,
                   CredentialChanges changes) {
        this.changes = changes;
        this.members = members;
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.passwords = passwords;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
        this.messages = messages;
        this.clock = clock;
        this.signIn = signIn;
        this.passkeys = passkeys;
    }

    /** A session of hers, for the list; the opaque handle (never the session id) is what ends it. */
    public record Session(String handle, String device, java.time.Instant lastSeen, boolean current) {
        @Override
        public String toString() {
            return "Session[device=" + device + ", lastSeen=" + lastSeen + ", current=" + current + ", (handle redacted)]";
        }
    }

    public List<Session> sessions(UUID member, String currentSessionId) {
        return sessions.of(member, currentSessionId).stream()
                .map(s -> new Session(s.handle(), s.device(), s.lastSeen(), s.current())).toList();
    }

    public boolean endSession(UUID member, String handle) {
        boolean ended = sessions.end(member, handle);
        if (ended) {
            securityLog.record(member, SecurityLog.Kind.SESSION_ENDED);
        }
        return ended;
    }

    public int endOtherSessions(UUID member, String currentSessionId) {
        int ended = sessions.endAllBut(member, currentSessionId);
        if (ended > 0) {
            securityLog.record(member, SecurityLog.Kind.SESSION_ENDED);
        }
        return ended;
    }

    /** Whether her authenticator app is on. */
    public boolean hasTotp(UUID member) {
        return members.byId(member).map(Member::hasTotp).orElse(false);
    }

    public boolean hasPassword(UUID member) {
        return members.byId(member).map(found -> found.passwordHash() != null).orElse(false);
    }

    /** Re-authentication: her password, or for a passwordless account her authenticator code. */
    public boolean confirm(UUID member, String password, String code, HttpServletRequest request) {
        Optional<Member> found = members.byId(member);
        boolean confirmed = found.map(m -> m.passwordHash() != null
                ? password != null && passwordEncoder.matches(password, m.passwordHash())
                : m.hasTotp() && authenticator.check(m, code)).orElse(false);
        if (confirmed) {
            Reauthentication.markConfirmed(request, clock.millis());
            securityLog.record(member, SecurityLog.Kind.REAUTHENTICATED);
        } else {
            securityLog.record(member, SecurityLog.Kind.SIGN_IN_FAILED);
        }
        return confirmed;
    }

    public boolean recentlyConfirmed(HttpServletRequest request) {
        return Reauthentication.isFresh(request, clock.millis());
    }

    /** The authenticator page: on, or the setup (a new secret each time the setup is shown). */
    public record TotpState(boolean enabled, String secret, String qr, int unusedCodes) {
        @Override
        public String toString() {
            return "TotpState[enabled=" + enabled + ", unusedCodes=" + unusedCodes + ", (secret and QR code redacted)]";
        }
    }

    public TotpState totp(UUID member) {
        Member found = members.byId(member).orElseThrow();
        if (found.hasTotp()) {
            return new TotpState(true, null, null, authenticator.unusedRecoveryCodes(member));
        }
        Authenticator.Enrolment enrolment = authenticator.start(found);
        return new TotpState(false, enrolment.secret(), enrolment.qrDataUri(), 0);
    }

    /**
     * Enables the app if the code is right and counts that code as this sign-in's second factor, so a staff
     * member who had to enrol can go on at once. Returns the recovery codes, empty when the code was wrong.
     */
    public List<String> enableTotp(UUID member, String code, HttpServletRequest request, HttpServletResponse response) {
        List<String> codes = members.byId(member).map(found -> authenticator.enable(found, code)).orElse(List.of());
        if (!codes.isEmpty()) {
            members.byId(member).ifPresent(found -> signIn.refresh(MemberDetails.principal(found), request, response,
                    MemberPrincipal.TOTP_FACTOR));
        }
        return codes;
    }

    /**
     * The same setup again after a wrong code; empty once the app is on, whose secret is never shown again (a page
     * reached with a stolen password would otherwise hand over her codes).
     */
    public Optional<TotpState> retryTotp(UUID member) {
        Member found = members.byId(member).orElseThrow();
        if (found.hasTotp() || found.totpSecret() == null) {
            return Optional.empty();
        }
        Authenticator.Enrolment enrolment = authenticator.enrolment(found.totpSecret());
        return Optional.of(new TotpState(false, enrolment.secret(), enrolment.qrDataUri(), 0));
    }

    /** New recovery codes, shown once; empty when her app is off. */
    public List<String> renewRecoveryCodes(UUID member) {
        return members.byId(member).map(authenticator::renewRecoveryCodes).orElse(List.of());
    }

    public void disableTotp(UUID member) {
        authenticator.disable(member);
    }

    /** A passkey as her settings list it. */
    public record PasskeyView(String id, String label, java.time.Instant created, java.time.Instant lastUsed) {
    }

    public List<PasskeyView> passkeys(UUID member) {
        return passkeys.of(member).stream().map(p -> new PasskeyView(p.id(), p.label(), p.created(), p.lastUsed())).toList();
    }

    public boolean deletePasskey(UUID member, String credentialId) {
        boolean deleted = passkeys.delete(member, credentialId);
        if (deleted) {
            changes.changed(member, SecurityLog.Kind.PASSKEY_REMOVED, CredentialChanges.Change.PASSKEY);
        }
        return deleted;
    }

    /** Changes her password; returns the reason it was refused, if it was. */
    public Optional<String> changePassword(UUID member, String password, Locale locale) {
        Member found = members.byId(member).orElseThrow();
        Optional<PasswordPolicy.Refusal> refusal = policy.check(password, locale, found.email(), found.displayName());
        if (refusal.isPresent()) {
            return Optional.of(messages.getMessage(refusal.get().messageKey(), new Object[] {refusal.get().number()}, locale));
        }
        passwords.change(member, password, SecurityLog.Kind.PASSWORD_CHANGED);
        changes.endOtherSessions(member);
        return Optional.empty();
    }
}

package app.temple.account.internal;

import app.temple.account.Accounts;
import app.temple.account.ConsentWithdrawn;
import app.temple.account.MemberErasureRequested;
import app.temple.account.Role;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Service
class AccountService implements Accounts {

    private final Members members;
    private final JdbcClient jdbc;
    private final SecurityLog securityLog;
    private final ActiveSessions sessions;
    private final Mail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Passkeys passkeys;

    AccountService(Members members, JdbcClient jdbc, SecurityLog securityLog, ActiveSessions sessions, Mail mail,
                   ApplicationEventPublisher events, Clock clock, Passkeys passkeys) {
        this.members = members;
        this.jdbc = jdbc;
        this.securityLog = securityLog;
        this.sessions = sessions;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.passkeys = passkeys;
    }

    @Override
    public Optional<Profile> profile(UUID member) {
        return members.byId(member).map(found -> new Profile(found.id(), found.email(), found.displayName(),
                found.locale().getLanguage(), List.copyOf(found.roles()), found.hasTotp(), found.createdAt()));
    }

    @Override
    public Optional<UUID> memberIdByEmail(String email) {
        return email == null ? Optional.empty() : members.byEmail(email).map(Member::id);
    }

    @Override
    public Map<String, Object> export(UUID member) {
        Map<String, Object> export = new LinkedHashMap<>();
        members.byId(member).ifPresent(found -> {
            export.put("id", found.id());
            export.put("email", found.email());
            export.put("displayName", found.displayName());
            export.put("language", found.locale().getLanguage());
            export.put("roles", found.roles());
            export.put("emailConfirmedAt", found.emailVerifiedAt());
            export.put("authenticatorAppSince", found.totpEnabledAt());
            export.put("passwordSet", found.passwordHash() != null);
            export.put("createdAt", found.createdAt());
            export.put("consents", consents(member));
            export.put("securityEvents", securityLog.of(member));
            export.put("passkeys", passkeys.of(member).stream()
                    .map(passkey -> Map.of("label", passkey.label(), "created", String.valueOf(passkey.created()))).toList());
            export.put("activeSessions", sessions.of(member, "").stream()
                    .map(session -> Map.of("device", session.device(), "lastSeen", session.lastSeen())).toList());
        });
        return export;
    }

    @Override
    @Transactional
    public void erase(UUID member) {
        Optional<Member> found = members.byId(member);
        events.publishEvent(new MemberErasureRequested(member));
        mail.forget(member);
        sessions.endAll(member);
        passkeys.deleteAll(member);
        members.delete(member);
        securityLog.record(member, SecurityLog.Kind.ACCOUNT_ERASED);
        // about no one: this letter must outlive her, and no row keyed by her id may remain
        found.ifPresent(gone -> mail.send(new Letter(gone.email(), gone.locale(), LetterKind.ACCOUNT_ERASED, Map.of())));
    }

    @Override
    public List<Consent> consents(UUID member) {
        return jdbc.sql("select purpose, given_at, withdrawn_at from account_consent where member_id = ? order by purpose")
                .param(member)
                .query((row, i) -> new Consent(row.getString("purpose"), row.getTimestamp("given_at").toInstant(),
                        row.getTimestamp("withdrawn_at") == null ? null : row.getTimestamp("withdrawn_at").toInstant()))
                .list();
    }

    @Override
    public void giveConsent(UUID member, String purpose) {
        jdbc.sql("""
                insert into account_consent (member_id, purpose, given_at) values (?, ?, ?)
                on conflict (member_id, purpose) do update set given_at = excluded.given_at, withdrawn_at = null
                """).params(member, purpose, Timestamp.from(clock.instant())).update();
    }

    /** Records the withdrawal and tells the modules, in one transaction, so what she withdrew is gone with it. */
    @Override
    @Transactional
    public void withdrawConsent(UUID member, String purpose) {
        jdbc.sql("update account_consent set withdrawn_at = ? where member_id = ? and purpose = ? and withdrawn_at is null")
                .params(Timestamp.from(clock.instant()), member, purpose).update();
        events.publishEvent(new ConsentWithdrawn(member, purpose));
    }

    @Override
    public boolean hasConsent(UUID member, String purpose) {
        return consents(member).stream().anyMatch(consent -> consent.purpose().equals(purpose) && consent.active());
    }

    boolean isStaff(UUID member) {
        return members.byId(member).map(found -> found.roles().stream().anyMatch(Role::requiresSecondFactor)).orElse(false);
    }
}

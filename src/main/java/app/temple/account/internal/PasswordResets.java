package app.temple.account.internal;

import app.temple.site.PublicAddress;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Password reset by a link that works once and for 30 minutes. A reset signs nobody in: she signs in
 * afterwards with the new password and, where she has one, her second factor, so a stolen mailbox alone
 * does not open an account protected by an authenticator app. Every other session of hers ends.
 */
@Service
class PasswordResets {

    private final Members members;
    private final Tokens tokens;
    private final Mail mail;
    private final PasswordEncoder passwordEncoder;
    private final SecurityLog securityLog;
    private final PublicAddress publicAddress;
    private final ActiveSessions sessions;
    private final Clock clock;

    PasswordResets(Members members, Tokens tokens, Mail mail, PasswordEncoder passwordEncoder, SecurityLog securityLog,
                   PublicAddress publicAddress, ActiveSessions sessions, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.mail = mail;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
        this.publicAddress = publicAddress;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Emails a reset link if the address has an account; says nothing either way. */
    @Transactional
    void request(String email) {
        if (email == null || !AccountForms.looksLikeEmail(email.trim())) {
            return; // no account has such an address; a null byte in it would only make PostgreSQL refuse the query
        }
        members.byEmail(email).ifPresent(member -> {
            String token = tokens.issue(member.id(), Tokens.Purpose.PASSWORD_RESET);
            Map<String, String> values = new HashMap<>(Map.of(
                    "link", publicAddress.of("/password-reset/new?token=" + token), "minutes", "30"));
            if (member.verified()) {
                // an unconfirmed account's name is whatever someone typed when signing up with this address
                values.put("name", member.displayName());
            }
            mail.send(new Letter(member.email(), member.locale(), LetterKind.PASSWORD_RESET, values).about(member.id()));
            securityLog.record(member.id(), SecurityLog.Kind.PASSWORD_RESET_SENT);
        });
    }

    boolean isValid(String token) {
        return tokens.isValid(token, Tokens.Purpose.PASSWORD_RESET);
    }

    /** Sets the new password (already checked against the policy); false when the link is used or expired. */
    @Transactional
    boolean reset(String token, String newPassword) {
        return tokens.redeem(token, Tokens.Purpose.PASSWORD_RESET).map(member -> {
            change(member, newPassword, SecurityLog.Kind.PASSWORD_RESET);
            // whoever could reset the password also received the link: the address is confirmed
            members.markVerified(member, clock.instant());
            sessions.endAll(member);
            return true;
        }).orElse(false);
    }

    void change(UUID member, String newPassword, SecurityLog.Kind kind) {
        members.changePassword(member, passwordEncoder.encode(newPassword));
        securityLog.record(member, kind);
        members.byId(member).ifPresent(found -> mail.send(new Letter(found.email(), found.locale(),
                LetterKind.SECURITY_CHANGE, Map.of("name", found.displayName(), "change", "password")).about(member)));
    }
}

package app.temple.account.internal;

import app.temple.site.PublicAddress;
import app.temple.account.MemberRegistered;
import app.temple.account.Role;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** New accounts and the confirmation of their email address. */
@Service
class Registration {

    private final Members members;
    private final PasswordEncoder passwordEncoder;
    private final Tokens tokens;
    private final Mail mail;
    private final SecurityLog securityLog;
    private final PublicAddress publicAddress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(Members members, PasswordEncoder passwordEncoder, Tokens tokens, Mail mail, SecurityLog securityLog,
                 PublicAddress publicAddress, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.mail = mail;
        this.securityLog = securityLog;
        this.publicAddress = publicAddress;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a member and emails her a confirmation link. An address that already has an account gets no
     * new account and no letter, and the caller shows the same page either way, so sign-up reveals nothing; the
     * password is hashed either way too, since the hash is what a stopwatch would notice (the letter is only
     * queued, so the mail server's time shows in neither).
     *
     * @param password the chosen password, already checked against the policy; null for a passkey account
     * @param andThen  what else the new account needs (what her form brought along), in the same transaction
     * @return the new member's id, or empty when the address was taken
     */
    @Transactional
    Optional<UUID> signUp(String email, String displayName, String password, Locale locale,
                          java.util.function.Consumer<UUID> andThen, Role... roles) {
        String passwordHash = password == null ? null : passwordEncoder.encode(password);
        if (members.emailTaken(email)) {
            return Optional.empty();
        }
        EnumSet<Role> granted = EnumSet.of(Role.MEMBER);
        granted.addAll(java.util.List.of(roles));
        Member member = new Member(UUID.randomUUID(), email.trim(), displayName.trim(),
                passwordHash, locale, null, null, null, clock.instant(), granted);
        members.insert(member);
        securityLog.record(member.id(), SecurityLog.Kind.SIGN_UP);
        sendConfirmation(member);
        events.publishEvent(new MemberRegistered(member.id(), locale));
        andThen.accept(member.id());
        return Optional.of(member.id());
    }

    void sendConfirmation(Member member) {
        String token = tokens.issue(member.id(), Tokens.Purpose.VERIFY_EMAIL);
        // no name: until she confirms it, the address may be someone else's, and the name is what she typed
        mail.send(new Letter(member.email(), member.locale(), LetterKind.VERIFY_EMAIL,
                Map.of("link", publicAddress.of("/verify-email?token=" + token))).about(member.id()));
    }

    /** Confirms the address the link was sent to; empty for a used, expired or unknown link. */
    @Transactional
    Optional<Member> verify(String token) {
        return tokens.redeem(token, Tokens.Purpose.VERIFY_EMAIL).flatMap(member -> {
            members.markVerified(member, clock.instant());
            securityLog.record(member, SecurityLog.Kind.EMAIL_VERIFIED);
            return members.byId(member);
        });
    }
}

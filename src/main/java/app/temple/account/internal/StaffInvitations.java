package app.temple.account.internal;

import app.temple.site.PublicAddress;
import app.temple.account.Role;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff join by invitation: an admin names an address and a role; the invitee chooses her own name and
 * password through a single-use link, then must enrol an authenticator app at her first sign-in.
 */
@Service
public class StaffInvitations {

    private final Members members;
    private final Tokens tokens;
    private final Mail mail;
    private final PublicAddress publicAddress;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final SecurityLog securityLog;
    private final Clock clock;

    StaffInvitations(Members members, Tokens tokens, Mail mail, PublicAddress publicAddress, PasswordPolicy policy,
                     PasswordEncoder passwordEncoder, SecurityLog securityLog, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.mail = mail;
        this.publicAddress = publicAddress;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** A staff member as the admin page lists her. */
    public record StaffMember(UUID id, String displayName, String email, List<Role> roles, boolean secondFactor) {
    }

    public List<StaffMember> staff() {
        return EnumSet.of(Role.ADMIN, Role.EDITOR, Role.PRACTITIONER).stream()
                .flatMap(role -> members.withRole(role).stream()).distinct()
                .flatMap(id -> members.byId(id).stream())
                .map(m -> new StaffMember(m.id(), m.displayName(), m.email(),
                        m.roles().stream().filter(Role::requiresSecondFactor).toList(), m.hasTotp()))
                .toList();
    }

    /** Grants the role (creating the account if the address has none) and sends the invitation letter. */
    @Transactional
    public void invite(String email, Role role, Locale locale) {
        Member member = members.byEmail(email).orElseGet(() -> {
            Member created = new Member(UUID.randomUUID(), email.trim(), "", null, locale, null, null, null,
                    clock.instant(), EnumSet.of(Role.MEMBER));
            members.insert(created);
            return created;
        });
        members.grant(member.id(), role);
        securityLog.record(member.id(), SecurityLog.Kind.ROLE_GRANTED);
        String token = tokens.issue(member.id(), Tokens.Purpose.STAFF_INVITATION);
        mail.send(new Letter(member.email(), member.locale(), LetterKind.STAFF_INVITATION,
                Map.of("link", publicAddress.of("/invitation?token=" + token), "days", "7")).about(member.id()));
    }

    public boolean isValid(String token) {
        return tokens.isValid(token, Tokens.Purpose.STAFF_INVITATION);
    }

    /** Why an invitation could not be accepted: a message key and the number it mentions. */
    public record Refusal(String messageKey, int number) {
        static Refusal of(PasswordPolicy.Refusal refusal) {
            return new Refusal(refusal.messageKey(), refusal.number());
        }
    }

    /** Accepts an invitation; returns the refusal if the password or name will not do, or the link has expired. */
    @Transactional
    public Optional<Refusal> accept(String token, String displayName, String password, Locale locale) {
        if (displayName == null || displayName.isBlank() || displayName.length() > AccountForms.DISPLAY_NAME_MAXIMUM) {
            return Optional.of(new Refusal("field.displayName.invalid", AccountForms.DISPLAY_NAME_MAXIMUM));
        }
        Optional<PasswordPolicy.Refusal> refusal = policy.check(password, locale, displayName);
        if (refusal.isPresent()) {
            return refusal.map(Refusal::of);
        }
        Optional<UUID> member = tokens.redeem(token, Tokens.Purpose.STAFF_INVITATION);
        if (member.isEmpty()) {
            return Optional.of(new Refusal("linkExpired.text", 0));
        }
        members.changeDisplayName(member.get(), displayName.trim());
        members.changePassword(member.get(), passwordEncoder.encode(password));
        members.markVerified(member.get(), clock.instant());
        securityLog.record(member.get(), SecurityLog.Kind.PASSWORD_CHANGED);
        return Optional.empty();
    }
}

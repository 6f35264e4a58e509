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
 * password through a single-use link, then must enrol an authenticator app at her first sign-in. The role
 * is granted when she accepts, not when the letter is sent: an address that never answers holds nothing,
 * and a letter read by someone else grants nothing until its link is used. An admin can revoke a role;
 * that ends every session of hers at once, so the role is gone from her next request.
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
    private final PendingRoles pendingRoles;
    private final ActiveSessions sessions;

    StaffInvitations(Members members, Tokens tokens, Mail mail, PublicAddress publicAddress, PasswordPolicy policy,
                     PasswordEncoder passwordEncoder, SecurityLog securityLog, Clock clock, PendingRoles pendingRoles,
                     ActiveSessions sessions) {
        this.members = members;
        this.tokens = tokens;
        this.mail = mail;
        this.publicAddress = publicAddress;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.securityLog = securityLog;
        this.clock = clock;
        this.pendingRoles = pendingRoles;
        this.sessions = sessions;
    }

    /** A staff member as the admin page lists her. */
    public record StaffMember(UUID id, String displayName, String email, List<Role> roles, boolean secondFactor) {
        @Override
        public String toString() {
            return "StaffMember[id=" + id + ", roles=" + roles + ", (name and address redacted)]";
        }
    }

    public List<StaffMember> staff() {
        return EnumSet.of(Role.ADMIN, Role.EDITOR, Role.PRACTITIONER).stream()
                .flatMap(role -> members.withRole(role).stream()).distinct()
                .flatMap(id -> members.byId(id).stream())
                .map(m -> new StaffMember(m.id(), m.displayName(), m.email(),
                        m.roles().stream().filter(Role::requiresSecondFactor).toList(), m.hasTotp()))
                .toList();
    }

    /** An invitation not yet accepted, as the staff page lists it. */
    public record Invited(String email, Role role, java.time.Instant expires) {
        @Override
        public String toString() {
            return "Invited[role=" + role + ", expires=" + expires + ", (address redacted)]";
        }
    }

    public List<Invited> invited() {
        return pendingRoles.open().stream()
                .flatMap(pending -> members.byId(pending.member()).stream()
                        .map(m -> new Invited(m.email(), pending.role(), pending.expires())))
                .toList();
    }

    /** Whether an admin invitation is waiting for its answer (the first admin is then not invited again). */
    public boolean adminInvitationOpen() {
        return pendingRoles.anyOpenFor(Role.ADMIN);
    }

    /**
     * Sends the invitation letter, creating the account if the address has none. The role waits beside the
     * invitation's token and is granted only when the invitation is accepted.
     */
    @Transactional
    public void invite(String email, Role role, Locale locale) {
        Member member = members.byEmail(email).orElseGet(() -> {
            Member created = new Member(UUID.randomUUID(), email.trim(), "", null, locale, null, null, null,
                    clock.instant(), EnumSet.of(Role.MEMBER));
            members.insert(created);
            return created;
        });
        String token = tokens.issue(member.id(), Tokens.Purpose.STAFF_INVITATION);
        pendingRoles.add(Tokens.hash(token), member.id(), role);
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
        pendingRoles.take(Tokens.hash(token)).ifPresent(role -> {
            members.grant(member.get(), role);
            securityLog.record(member.get(), SecurityLog.Kind.ROLE_GRANTED, role.name());
        });
        members.changeDisplayName(member.get(), displayName.trim());
        members.changePassword(member.get(), passwordEncoder.encode(password));
        members.markVerified(member.get(), clock.instant());
        securityLog.record(member.get(), SecurityLog.Kind.PASSWORD_CHANGED);
        return Optional.empty();
    }

    /** What asking to revoke a role led to. */
    public enum Revocation { REVOKED, NOT_HELD, LAST_ADMIN }

    /**
     * Takes a staff role away, logs it, and ends all her sessions (a session keeps the authorities it began
     * with). The last admin cannot give up the admin role: nobody could then invite or revoke.
     */
    @Transactional
    public Revocation revoke(UUID member, Role role) {
        if (!role.requiresSecondFactor()) {
            return Revocation.NOT_HELD; // MEMBER is not a staff role; every account has it
        }
        if (role == Role.ADMIN) {
            List<UUID> admins = members.lockHoldersOf(Role.ADMIN);
            if (admins.contains(member) && admins.size() == 1) {
                return Revocation.LAST_ADMIN;
            }
        }
        if (!members.revoke(member, role)) {
            return Revocation.NOT_HELD;
        }
        securityLog.record(member, SecurityLog.Kind.ROLE_REVOKED, role.name());
        sessions.endAll(member);
        return Revocation.REVOKED;
    }

    /** A staff member's name, for the page that asks to confirm a revocation. */
    public Optional<StaffMember> staffMember(UUID member) {
        return staff().stream().filter(found -> found.id().equals(member)).findFirst();
    }
}

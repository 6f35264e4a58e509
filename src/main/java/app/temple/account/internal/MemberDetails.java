package app.temple.account.internal;

import app.temple.account.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a member for Spring Security by email (password form) or by id (one-time links, passkeys). An
 * unverified address cannot sign in with a password yet; the generic error keeps that private.
 */
@Service
class MemberDetails implements UserDetailsService {

    private final Members members;
    private final PasswordEncoder passwordEncoder;
    /**
     * A hash of a password nobody knows, checked where no real hash will be, so that a refusal costs one hash. It is
     * made once the node is ready (or by the first refusal, if that comes sooner), not during the start, where
     * hashing it cost a fifth of a second before the node could answer.
     */
    private final SingletonSupplier<String> decoyHash;

    MemberDetails(Members members, PasswordEncoder passwordEncoder) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.decoyHash = SingletonSupplier.of(() -> passwordEncoder.encode(UUID.randomUUID().toString()));
    }

    /**
     * Made beside the first requests rather than during the first refusal, which would otherwise cost two hashes and
     * stand out from every later one.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareDecoy() {
        Thread.ofVirtual().name("decoy-hash").start(decoyHash::obtain);
    }

    @Override
    public MemberPrincipal loadUserByUsername(String emailOrId) {
        Optional<Member> found = find(emailOrId);
        found.filter(member -> member.passwordHash() == null).ifPresent(member -> spendOneHash());
        return found.map(member -> MemberPrincipal.withPasswordHash(member.id(), member.passwordHash(),
                        member.verified(), authorities(member)))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /**
     * Spring's provider hashes once for an unknown address, for a wrong password and (it checks the password even
     * when the account is refused) for an unconfirmed one; but a passkey-only account has no hash to check, and
     * would answer faster than anyone else, telling that the address has an account. Here it costs the same hash.
     */
    private void spendOneHash() {
        passwordEncoder.matches(UUID.randomUUID().toString(), decoyHash.obtain());
    }

    private Optional<Member> find(String emailOrId) {
        try {
            return members.byId(UUID.fromString(emailOrId));
        } catch (IllegalArgumentException notAnId) {
            return members.byEmail(emailOrId);
        }
    }

    /** Her principal as a sign-in keeps it: id and authorities, no credential, nothing personal. */
    static MemberPrincipal principal(Member member) {
        return MemberPrincipal.of(member.id(), authorities(member));
    }

    private static List<GrantedAuthority> authorities(Member member) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        member.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
        if (member.hasTotp()) {
            authorities.add(new SimpleGrantedAuthority(MemberPrincipal.SECOND_FACTOR_ENROLLED));
        } else if (member.requiresSecondFactor()) {
            authorities.add(new SimpleGrantedAuthority(MemberPrincipal.SECOND_FACTOR_REQUIRED));
        }
        return authorities;
    }
}

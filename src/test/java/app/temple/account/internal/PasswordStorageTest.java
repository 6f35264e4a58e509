package app.temple.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.temple.account.Role;
import org.springframework.security.core.AuthenticationException;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordStorageTest {

    @Test
    void hashesWithArgon2idAtOwaspsRecommendedCost() {
        String hash = AccountSecurity.passwordEncoder().encode("velvet harbour lantern orbit");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(AccountSecurity.passwordEncoder().matches("velvet harbour lantern orbit", hash)).isTrue();
    }

    @Test
    void anUnknownAccountStillCostsAPasswordHash() {
        CountingEncoder encoder = new CountingEncoder(AccountSecurity.passwordEncoder());
        MemberDetails nobody = new MemberDetails(null, encoder) {
            @Override
            public MemberPrincipal loadUserByUsername(String emailOrId) {
                throw new UsernameNotFoundException("no such account");
            }
        };
        var provider = AccountSecurity.passwordProvider(nobody, encoder);
        int before = encoder.matches.get();

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody@example.com", "a guess at a password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches.get() - before).as("password comparisons for an unknown account").isEqualTo(1);
    }

    @Test
    void anUnconfirmedAccountCostsOnePasswordHashLikeAnUnknownOne() {
        assertThat(comparisonsToRefuse(member(null, AccountSecurity.passwordEncoder().encode("the real one is long")))).isEqualTo(1);
    }

    @Test
    void aPasskeyOnlyAccountCostsOnePasswordHashLikeAnUnknownOne() {
        assertThat(comparisonsToRefuse(member(Instant.now().minusSeconds(60), null))).isEqualTo(1);
    }

    @Test
    void aWrongPasswordCostsOnePasswordHash() {
        String hash = AccountSecurity.passwordEncoder().encode("the real one is long");
        assertThat(comparisonsToRefuse(member(Instant.now().minusSeconds(60), hash))).isEqualTo(1);
    }

    /** How many real password hashes the provider computes to refuse "a guess at a password" for this member. */
    private static int comparisonsToRefuse(Member member) {
        CountingEncoder encoder = new CountingEncoder(AccountSecurity.passwordEncoder());
        Members one = new Members(null, null) {
            @Override
            Optional<Member> byEmail(String email) {
                return Optional.of(member);
            }
        };
        var provider = AccountSecurity.passwordProvider(new MemberDetails(one, encoder), encoder);
        int before = encoder.hashes.get();

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(member.email(), "a guess at a password")))
                .isInstanceOf(AuthenticationException.class);
        return encoder.hashes.get() - before;
    }

    private static Member member(Instant verifiedAt, String passwordHash) {
        return new Member(UUID.randomUUID(), "her@example.com", "Robin", passwordHash, Locale.ENGLISH, verifiedAt,
                null, null, Instant.now(), Set.of(Role.MEMBER));
    }

    /** Counts comparisons so the test sees the dummy hash being checked, without timing anything. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();
        /** Comparisons against a real hash: one against no hash at all is refused at once and costs nothing. */
        final AtomicInteger hashes = new AtomicInteger();
        private final PasswordEncoder delegate;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            if (encoded != null && !encoded.isEmpty()) {
                hashes.incrementAndGet();
            }
            return delegate.matches(raw, encoded);
        }
    }
}

package app.temple.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

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
        MemberDetails nobody = new MemberDetails(null) {
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

    /** Counts comparisons so the test sees the dummy hash being checked, without timing anything. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();
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
            return delegate.matches(raw, encoded);
        }
    }
}

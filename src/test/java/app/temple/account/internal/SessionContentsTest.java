package app.temple.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of sign-in, as Spring hands it over, is stored as her id and authorities only. */
class SessionContentsTest {

    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
    private static final String ADDRESS = "203.0.113.77";

    private final ConversionService conversion = SessionContents.conversionService(getClass().getClassLoader());
    private final UUID id = UUID.randomUUID();
    private final List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"),
            FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));

    private byte[] stored(Authentication authentication) {
        if (authentication instanceof org.springframework.security.authentication.AbstractAuthenticationToken token) {
            token.setDetails(new WebAuthenticationDetails(ADDRESS, "a-session-id"));
        }
        return conversion.convert(new SecurityContextImpl(authentication), byte[].class);
    }

    private Authentication readBack(byte[] bytes) {
        return ((SecurityContext) conversion.convert(bytes, Object.class)).getAuthentication();
    }

    private static void assertNothingPersonal(byte[] bytes) {
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("argon2", ADDRESS, "a-session-id");
    }

    @Test
    void aPasswordSignInKeepsNeitherHashNorAddress() {
        MemberPrincipal checked = MemberPrincipal.withPasswordHash(id, HASH, true, authorities);
        byte[] bytes = stored(UsernamePasswordAuthenticationToken.authenticated(checked, "the password", authorities));

        assertNothingPersonal(bytes);
        Authentication back = readBack(bytes);
        assertThat(back.getName()).isEqualTo(id.toString());
        assertThat(List.<GrantedAuthority>copyOf(back.getAuthorities())).containsExactlyInAnyOrderElementsOf(authorities);
        assertThat(back.getCredentials()).isNull();
        assertThat(back.getDetails()).isNull();
        assertThat(((MemberPrincipal) back.getPrincipal()).getPassword()).isNull();
    }

    @Test
    void anEmailedLinkSignInKeepsNeitherHashNorAddress() {
        byte[] bytes = stored(new OneTimeTokenAuthentication(MemberPrincipal.withPasswordHash(id, HASH, true, authorities), authorities));

        assertNothingPersonal(bytes);
        assertThat(readBack(bytes)).isInstanceOf(OneTimeTokenAuthentication.class)
                .satisfies(back -> assertThat(back.getName()).isEqualTo(id.toString()));
    }

    @Test
    void aPasskeySignInStaysAPasskeySignInWithoutItsAddress() {
        var user = ImmutablePublicKeyCredentialUserEntity.builder().name(id.toString()).displayName(id.toString())
                .id(Bytes.random()).build();
        byte[] bytes = stored(new WebAuthnAuthentication(user, authorities));

        assertNothingPersonal(bytes);
        Authentication back = readBack(bytes);
        assertThat(back).isInstanceOf(WebAuthnAuthentication.class);
        assertThat(back.getName()).isEqualTo(id.toString());
        assertThat(back.isAuthenticated()).isTrue();
        assertThat(back.getDetails()).isNull();
    }

    @Test
    void anythingElseIsStoredAsItIs() {
        assertThat(conversion.convert(conversion.convert(1234L, byte[].class), Object.class)).isEqualTo(1234L);
    }
}

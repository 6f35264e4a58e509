package app.temple.site;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInTest {

    @Test
    void onlyAnAuthenticatedSignInThatIsNotTheVisitorsStandInCounts() {
        assertThat(SignedIn.is(null)).isFalse();
        assertThat(SignedIn.is(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isFalse();
        assertThat(SignedIn.is(UsernamePasswordAuthenticationToken.unauthenticated("member", "password"))).isFalse();
        assertThat(SignedIn.is(UsernamePasswordAuthenticationToken.authenticated("member", null,
                AuthorityUtils.createAuthorityList("ROLE_MEMBER")))).isTrue();
    }
}

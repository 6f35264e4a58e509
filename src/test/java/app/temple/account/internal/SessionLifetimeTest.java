package app.temple.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** ASVS 7.3.2: a signed-in session ends at its absolute lifetime, however busy it has been. */
class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void aSessionWithinItsLifetimeGoesOn() throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetime(LIFETIME, at(SIGNED_IN.plus(LIFETIME).minusSeconds(1))).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request went on").isNotNull();
        assertThat(((MockHttpSession) request.getSession(false)).isInvalid()).isFalse();
    }

    @Test
    void aSessionPastItsLifetimeEndsAndSendsHerToSignIn() throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession(false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SessionLifetime(LIFETIME, at(SIGNED_IN.plus(LIFETIME).plusSeconds(1))).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the request stopped here").isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in?ended");
    }

    private static MockHttpServletRequest signedInRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SignInOutcomes.SIGNED_IN_AT, SIGNED_IN.toEpochMilli());
        session.setAttribute(SignInOutcomes.HANDLE, "a-handle");
        request.setSession(session);
        return request;
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}

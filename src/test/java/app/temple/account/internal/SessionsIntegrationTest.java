package app.temple.account.internal;

import app.temple.TestMembers;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.test.util.ReflectionTestUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Finding 10 and the session rules: what a session row holds, its id at each sign-in, its cookie, its handle. */
@TempleIntegrationTest
class SessionsIntegrationTest {

    private static final String PASSWORD = TestMembers.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FilterChainProxy filters;

    private TestMembers members() {
        return new TestMembers(port, outbox);
    }

    /** Signs up under a name no other test uses, so that finding it in a session row means it leaked. */
    private Visitor confirmedAs(String email, String displayName) {
        Visitor visitor = new Visitor(port);
        assertThat(redirectPath(visitor.submit("/sign-up", "/sign-up",
                "email", email, "displayName", displayName, "password", PASSWORD))).isEqualTo("/sign-up/check-email");
        members().letters().confirmAddress(visitor, email);
        return visitor;
    }

    private UUID idOf(String email) {
        return jdbc.sql("select member_id from account_member where email = ?").param(email).query(UUID.class).single();
    }

    /** Every attribute of every one of her sessions, as the bytes PostgreSQL holds. */
    private List<byte[]> storedAttributes(UUID member) {
        return jdbc.sql("""
                        select a.attribute_bytes from spring_session_attributes a
                        join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?
                        """)
                .param(member.toString()).query(byte[].class).list();
    }

    private void assertNothingPersonalStored(UUID member, String... personal) {
        List<byte[]> rows = storedAttributes(member);
        assertThat(rows).as("her sessions are stored").isNotEmpty();
        for (byte[] row : rows) {
            // Java serialization writes these ASCII strings as they are; ISO-8859-1 keeps every byte
            String bytes = new String(row, StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("$argon2", "127.0.0.1", "0:0:0:0:0:0:0:1", "WebAuthenticationDetails");
            for (String value : personal) {
                assertThat(bytes).doesNotContain(value);
            }
        }
    }

    private static String sessionId(Visitor visitor) {
        return new String(Base64.getDecoder().decode(visitor.cookie("temple_session").orElseThrow()), StandardCharsets.UTF_8);
    }

    private int sessionRows(String sessionId) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId).query(Integer.class).single();
    }

    @Test
    void aSessionRowHoldsNeitherHerPasswordHashNorHerAddressNorHerName() {
        String email = TestMembers.newAddress("rows");
        String name = "Quillon" + UUID.randomUUID().toString().substring(0, 6);
        Visitor visitor = confirmedAs(email, name);
        assertThat(redirectPath(TestMembers.signIn(visitor, email, PASSWORD))).isEqualTo("/account");
        assertThat(visitor.get("/account").body()).as("her name is looked up for the page").contains(name);

        assertNothingPersonalStored(idOf(email), email, name);
    }

    @Test
    void neitherDoesASessionCompletedByTheSecondFactorNorOneOpenedByAnEmailedLink() {
        String email = TestMembers.newAddress("rows2");
        String name = "Varenne" + UUID.randomUUID().toString().substring(0, 6);
        Visitor first = confirmedAs(email, name);
        TestMembers.signIn(first, email, PASSWORD);
        String secret = TestMembers.enrolAuthenticator(first);

        Visitor second = new Visitor(port);
        assertThat(redirectPath(TestMembers.signIn(second, email, PASSWORD))).isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(second.submit("/sign-in/second-factor", "/sign-in/second-factor",
                "code", TestMembers.totpCode(secret)))).isEqualTo("/account");

        Visitor third = new Visitor(port);
        third.submit("/sign-in/link", "/sign-in/link", "username", email);
        String token = members().token(email, LetterKind.SIGN_IN_LINK);
        third.post("/sign-in/link/use", "token", token);
        assertThat(third.get("/account").statusCode()).isIn(200, 302);

        assertNothingPersonalStored(idOf(email), email, name, secret);
    }

    @Test
    void aSessionOpenedBeforeSigningInGetsANewIdAtThePasswordSignIn() {
        String email = TestMembers.newAddress("fixation");
        Visitor visitor = members().confirmed(email);
        visitor.get("/sign-in");
        // the passkey options endpoint keeps its challenge in a session: a session a visitor (or an attacker) can open
        visitor.post("/webauthn/authenticate/options");
        String before = sessionId(visitor);
        assertThat(sessionRows(before)).isOne();

        assertThat(redirectPath(TestMembers.signIn(visitor, email, PASSWORD))).isEqualTo("/account");

        String after = sessionId(visitor);
        assertThat(after).isNotEqualTo(before);
        assertThat(sessionRows(before)).as("the id she arrived with names no session").isZero();
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
    }

    /** ASVS 7.2.3: a session id carries at least 128 random bits; ours 216, where a UUID would carry 122. */
    @Test
    void aSessionIdIsLongAndRandomNotAUuid() {
        Visitor visitor = members().signedIn(TestMembers.newAddress("long-id"));
        String id = sessionId(visitor);

        assertThat(id).hasSize(36).matches("[A-Za-z0-9_-]{36}");
        assertThat(java.util.Base64.getUrlDecoder().decode(id)).hasSize(RandomSessionIds.BYTES);
        assertThat(new RandomSessionIds().generate()).isNotEqualTo(new RandomSessionIds().generate());
    }

    /** ASVS 7.4.4: every page she sees signed in offers signing out, not only her account page. */
    @Test
    void everyPageSheSeesSignedInOffersSigningOut() {
        Visitor visitor = members().signedIn(TestMembers.newAddress("sign-out"));
        for (String path : List.of("/", "/journal", "/quizzes", "/account/privacy", "/account/sessions", "/help")) {
            assertThat(visitor.get(path).body()).as(path).contains("<form method=\"post\" action=\"/sign-out\"");
        }
        assertThat(new Visitor(port).get("/journal").body()).as("a visitor has nothing to sign out of")
                .doesNotContain("action=\"/sign-out\"");
    }

    /** ASVS 7.3.1: after the idle timeout (30 minutes here) the session is gone and she signs in again. */
    @Test
    void aSessionIdleLongerThanTheTimeoutIsOver() {
        Visitor visitor = members().signedIn(TestMembers.newAddress("idle"));
        String id = sessionId(visitor);
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);

        jdbc.sql("update spring_session set last_access_time = last_access_time - ? where session_id = ?")
                .params(java.time.Duration.ofMinutes(31).toMillis(), id).update();

        // as on another node: this one learns of the change through the change feed
        assertThat(app.temple.Eventually.answer(() -> redirectPath(visitor.get("/account")), "/sign-in"::equals))
                .isEqualTo("/sign-in");
    }

    /** Confirming it is her again is a fresh proof, and like a sign-in it gives the session a new id. */
    @Test
    void confirmingAgainGivesANewSessionId() {
        Visitor visitor = members().signedIn(TestMembers.newAddress("confirm-id"));
        String before = sessionId(visitor);

        TestMembers.confirmAgain(visitor);

        assertThat(sessionId(visitor)).isNotEqualTo(before);
        assertThat(sessionRows(before)).isZero();
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void anEmailedLinkSignInGetsANewSessionId() {
        String email = TestMembers.newAddress("linkid");
        Visitor visitor = members().confirmed(email);
        visitor.get("/sign-in");
        visitor.post("/webauthn/authenticate/options");
        String before = sessionId(visitor);

        visitor.submit("/sign-in/link", "/sign-in/link", "username", email);
        visitor.post("/sign-in/link/use", "token", members().token(email, LetterKind.SIGN_IN_LINK));

        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
        assertThat(sessionId(visitor)).isNotEqualTo(before);
        assertThat(sessionRows(before)).isZero();
    }

    @Test
    void aPasskeySignInChangesTheSessionIdLikeEveryOther() {
        List<WebAuthnAuthenticationFilter> passkeyFilters = filters.getFilterChains().stream()
                .flatMap(chain -> chain.getFilters().stream())
                .filter(WebAuthnAuthenticationFilter.class::isInstance).map(WebAuthnAuthenticationFilter.class::cast)
                .toList();
        assertThat(passkeyFilters).isNotEmpty();
        assertThat(passkeyFilters).allSatisfy(filter -> assertThat(ReflectionTestUtils.getField(filter, "sessionStrategy"))
                .isInstanceOf(ChangeSessionIdAuthenticationStrategy.class));
    }

    @Test
    void overHttpsTheCookieIsHostPrefixedAndSecureAndOverPlainHttpItIsNot() {
        String email = TestMembers.newAddress("https");
        members().confirmed(email);
        Raw https = new Raw(port, "https");

        HttpResponse<String> signedIn = https.signIn(email);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("__Host-temple_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "Path=/").doesNotContainIgnoringCase("Domain=");
        assertThat(signedIn.headers().allValues("Set-Cookie")).noneMatch(header -> header.startsWith("temple_session="));
        String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));

        assertThat(https.get("/account", "__Host-temple_session=" + value).statusCode()).isEqualTo(200);
        assertThat(https.get("/account", "temple_session=" + value).statusCode())
                .as("over HTTPS an unprefixed cookie is not read").isEqualTo(302);
        HttpResponse<String> home = https.get("/account", "__Host-temple_session=" + value);
        String csrfCookie = home.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("temple_csrf=")).map(header -> header.substring(0, header.indexOf(';')))
                .findFirst().orElseThrow();
        String cookies = "__Host-temple_session=" + value + "; " + csrfCookie;
        Matcher token = Raw.CSRF.matcher(home.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedOut = https.post("/sign-out", cookies, "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(signedOut.headers().allValues("Set-Cookie")).as("signing out expires the prefixed cookie")
                .anyMatch(header -> header.startsWith("__Host-temple_session=;") && header.contains("Max-Age=0"));
        assertThat(https.get("/account", "__Host-temple_session=" + value).statusCode()).isEqualTo(302);

        Raw http = new Raw(port, "http");
        HttpResponse<String> plain = http.signIn(email);
        String plainCookie = plain.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("temple_session=")).findFirst().orElseThrow();
        assertThat(plainCookie).contains("HttpOnly", "Path=/").doesNotContain("Secure");
    }

    @Test
    void theSessionsPageNamesSessionsByHandleAndEndsOneByIt() {
        String email = TestMembers.newAddress("handles");
        Visitor laptop = members().signedIn(email);
        Visitor phone = new Visitor(port);
        TestMembers.signIn(phone, email, PASSWORD);

        String page = laptop.get("/account/sessions").body();
        assertThat(page).doesNotContain(sessionId(laptop), sessionId(phone),
                laptop.cookie("temple_session").orElseThrow(), phone.cookie("temple_session").orElseThrow());
        Matcher handle = Pattern.compile("/account/sessions/end\\?handle=([0-9a-f]{32})\"").matcher(page);
        assertThat(handle.find()).as("the other session has a handle to end it by").isTrue();
        String phonesHandle = handle.group(1);

        Visitor stranger = members().signedIn(TestMembers.newAddress("stranger"));
        stranger.get("/account/privacy"); // a page with a form, for the CSRF token
        HttpResponse<String> refused = stranger.post("/account/sessions/end", "handle", phonesHandle);
        assertThat(refused.statusCode()).as(refused.headers() + refused.body()).isEqualTo(404);
        assertThat(phone.get("/account").statusCode()).as("a stranger's handle ends nothing").isEqualTo(200);

        assertThat(redirectPath(laptop.post("/account/sessions/end", "handle", phonesHandle))).isEqualTo("/account/sessions?ended");
        assertThat(redirectPath(phone.get("/account"))).isEqualTo("/sign-in");
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theDeviceLabelIsCoarseAndInHerLanguage() {
        Visitor visitor = members().signedIn(TestMembers.newAddress("device"));

        // the test client's User-Agent is "Java-http-client/…": no browser or system Temple knows
        assertThat(visitor.get("/account/sessions").body()).contains("A browser on an unknown system");
        assertThat(visitor.get("/account/sessions?lang=sv").body()).contains("En webbläsare på ett okänt system")
                .doesNotContain("A browser", "unknown system");
    }

    @Test
    void aUserAgentIsReducedToBrowserAndSystem() {
        assertThat(Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")).isEqualTo("safari/ios");
        assertThat(Devices.describe("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36")).isEqualTo("chrome/linux");
        assertThat(Devices.describe(null)).isEqualTo(Devices.UNKNOWN);
    }

    /** Requests with chosen headers: as if behind a proxy that says the original request was over HTTPS. */
    private record Raw(int port, String scheme) {

        private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        HttpResponse<String> get(String path, String cookie) {
            return send(request(path).header("Cookie", cookie).GET());
        }

        HttpResponse<String> post(String path, String cookie, String form) {
            return send(request(path).header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> signIn(String email) {
            HttpResponse<String> form = send(request("/sign-in").GET());
            String csrfCookie = form.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith("temple_csrf=")).findFirst().orElseThrow();
            Matcher token = CSRF.matcher(form.body());
            assertThat(token.find()).isTrue();
            String body = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                    + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> response = send(request("/sign-in")
                    .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(redirectPath(response)).isEqualTo("/account");
            return response;
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-Proto", scheme);
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import app.temple.vault.KeyedHashes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.temple.TestMembers.PASSWORD;
import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Each limited route as a client meets it: the attempt past the limit answers 429 before any work is done. */
@TempleIntegrationTest
class RequestLimitsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    KeyedHashes keyedHashes;
    @Autowired
    PasswordHashing hashing;
    @Autowired
    PasswordEncoder passwordEncoder;

    private TestMembers members() {
        return new TestMembers(port, outbox);
    }

    @Test
    void theSixthSignInAttemptIsRefusedWith429BeforeItsPasswordIsHashed() {
        String email = TestMembers.newAddress("limited");
        members().confirmed(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(redirectPath(TestMembers.signIn(new Visitor(port), email, "wrong guess " + attempt)))
                    .startsWith("/sign-in?");
        }
        long hashesBefore = hashing.pool().hashed();

        HttpResponse<String> sixth = TestMembers.signIn(new Visitor(port), email, PASSWORD);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(sixth.body()).doesNotContain(email);
        assertThat(hashing.pool().hashed()).as("password hashes for the refused attempt").isEqualTo(hashesBefore);
    }

    @Test
    void aRefusedSignInShowsAFriendlyPageInHerLanguage() throws Exception {
        String email = TestMembers.newAddress("page");
        members().confirmed(email);
        Browser browser = new Browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(email, "wrong " + attempt, "en").statusCode()).isEqualTo(302);
        }

        HttpResponse<String> english = browser.signIn(email, PASSWORD, "en");
        HttpResponse<String> swedish = browser.signIn(email, PASSWORD, "sv-SE,sv;q=0.9");

        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body()).contains("Please wait a moment").doesNotContain(email);
        assertThat(swedish.statusCode()).isEqualTo(429);
        assertThat(swedish.body()).contains("Vänta en liten stund").doesNotContain("Please wait");
    }

    /** A browser as far as the error page cares: it asks for HTML in a language, and sends the CSRF token. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> signIn(String email, String password, String languages) throws Exception {
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/sign-in")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();
            String body = "_csrf=" + enc(csrf.group(1)) + "&email=" + enc(email) + "&password=" + enc(password);
            return client.send(HttpRequest.newBuilder(uri("/sign-in"))
                    .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", languages)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBurstOfParallelSignInsHashesNoMoreThanTheLimitAllows() throws Exception {
        String email = TestMembers.newAddress("burst");
        members().confirmed(email);
        TestMembers.signIn(new Visitor(port), "warm-up-" + UUID.randomUUID() + "@example.com", "warm up the dummy hash");
        List<Visitor> attackers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Visitor attacker = new Visitor(port);
            attacker.get("/sign-in");
            attackers.add(attacker);
        }
        long hashesBefore = hashing.pool().hashed();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Visitor attacker : attackers) {
            Callable<HttpResponse<String>> attempt = () -> attacker.post("/sign-in", "email", email, "password", "a wrong guess");
            answers.add(threads.submit(attempt));
        }
        int refused = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            int status = answer.get().statusCode();
            assertThat(status).isIn(302, 429);
            refused += status == 429 ? 1 : 0;
        }
        threads.shutdown();

        assertThat(refused).isGreaterThanOrEqualTo(11);
        assertThat(hashing.pool().hashed() - hashesBefore).isLessThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(*) from account_security_event e join account_member m using (member_id) "
                + "where m.email_key = ? and e.kind = 'SIGN_IN_FAILED'").param(email).query(Integer.class).single())
                .isLessThanOrEqualTo(5);
    }

    @Test
    void whileEveryHashingPlaceIsTakenSignInAndSignUpAnswer429AndStoreNothing() throws Exception {
        String email = TestMembers.newAddress("busy");
        members().confirmed(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            TestMembers.signIn(new Visitor(port), email, "wrong " + attempt); // one attempt left
        }
        Visitor signingIn = new Visitor(port);
        signingIn.get("/sign-in");
        Visitor signingUp = new Visitor(port);
        signingUp.get("/sign-up");
        String newcomer = TestMembers.newAddress("newcomer");
        PasswordHashPool pool = hashing.pool();
        CountDownLatch taken = new CountDownLatch(pool.size());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(pool.size());
        try {
            for (int i = 0; i < pool.size(); i++) {
                holders.submit(() -> pool.hash(() -> {
                    taken.countDown();
                    return awaitQuietly(release);
                }));
            }
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> signIn = signingIn.post("/sign-in", "email", email, "password", PASSWORD);
            HttpResponse<String> signUp = signingUp.post("/sign-up", "email", newcomer, "displayName", "Robin",
                    "password", "another fine long passphrase");

            assertThat(signIn.statusCode()).isEqualTo(429);
            assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
            assertThat(signUp.statusCode()).isEqualTo(429);
        } finally {
            release.countDown();
            holders.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from account_member where email_key = ?").param(newcomer)
                .query(Integer.class).single()).isZero();
        // the place is free again, and the refused attempt did not use up her last one
        assertThat(redirectPath(TestMembers.signIn(new Visitor(port), email, PASSWORD))).isEqualTo("/account");
    }

    @Test
    void everyPasswordHashGoesThroughTheBoundedPool() {
        assertThat(passwordEncoder).isInstanceOf(BoundedPasswordEncoder.class);
        long before = hashing.pool().hashed();
        passwordEncoder.matches("anything", passwordEncoder.encode("anything"));
        assertThat(hashing.pool().hashed() - before).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reauthenticationIsLimitedPerMember() {
        String email = TestMembers.newAddress("reauth");
        Visitor member = members().signedIn(email);
        for (int attempt = 1; attempt <= 10; attempt++) {
            HttpResponse<String> wrong = member.submit("/account/confirm", "/account/confirm", "password", "wrong " + attempt);
            assertThat(wrong.statusCode()).as("attempt " + attempt).isEqualTo(422);
        }

        member.get("/account/confirm");
        HttpResponse<String> eleventh = member.post("/account/confirm", "password", PASSWORD);

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theAuthenticatorCodePagesShareOneLimitPerMember() {
        Visitor member = members().signedIn(TestMembers.newAddress("codes"));
        TestMembers.confirmAgain(member);
        member.get("/account/security/totp");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(member.post("/account/security/totp", "code", "000000").statusCode()).isNotEqualTo(429);
        }
        for (int attempt = 4; attempt <= 5; attempt++) {
            assertThat(member.post("/sign-in/second-factor", "code", "000000").statusCode()).isNotEqualTo(429);
        }

        member.get("/account/security/totp");
        HttpResponse<String> sixth = member.post("/account/security/totp", "code", "000000");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theApiIsLimitedPerAddressAndAnswersProblemJson() throws Exception {
        RequestLimits filter = new RequestLimits(new RateLimits(dataSource, keyedHashes, 1, 20), RequestLimits.BY_ADDRESS);
        String address = "2001:db8:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + "::";
        int allowed = 0;
        MockHttpServletResponse refused;
        // every address of one /64 counts against the same bucket; the bucket refills a few while this runs
        while ((refused = call(filter, allowed % 2 == 0 ? "GET" : "POST", "/api/quizzes/x/score",
                address + Integer.toHexString(allowed + 1))).getStatus() == 200 && allowed < 1000) {
            allowed++;
        }

        assertThat(allowed).isBetween((int) RateLimits.Limit.API_ADDRESS.attempts, (int) RateLimits.Limit.API_ADDRESS.attempts + 100);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertThat(call(filter, "GET", "/journal", address + "ffff").getStatus()).as("not the API").isEqualTo(200);
        assertThat(call(filter, "GET", "/api/quizzes", "2001:db8:ffff:ffff::1").getStatus()).as("another network").isEqualTo(200);
    }

    @Test
    void passkeyChallengesAreLimitedPerAddress() throws Exception {
        RequestLimits filter = new RequestLimits(new RateLimits(dataSource, keyedHashes, 1, 20), RequestLimits.BY_ADDRESS);
        String address = "2001:db8:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":1::1";
        String anotherNetwork = address.replace(":1::1", ":2::1");
        for (int i = 0; i < RateLimits.Limit.PASSKEY_OPTIONS_ADDRESS.attempts; i++) {
            assertThat(call(filter, "POST", "/webauthn/authenticate/options", address).getStatus()).isEqualTo(200);
        }

        assertThat(call(filter, "POST", "/webauthn/authenticate/options", address).getStatus()).isEqualTo(429);
        assertThat(call(filter, "POST", "/webauthn/authenticate/options", anotherNetwork).getStatus()).isEqualTo(200);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static MockHttpServletResponse call(RequestLimits filter, String method, String path, String address)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}

package app.temple.browser;

import app.temple.Letters;
import app.temple.PersonalRows;
import app.temple.TestMembers;
import app.temple.SideContext;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import java.util.List;
import app.temple.TestRoutes;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign up with a passkey and sign in with it, on Chromium's virtual authenticator. Passkeys are bound to
 * one exact origin, so this test runs the platform on a known port with its public address set to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestRoutes.class)
class PasskeyJourneyBrowserTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void publicAddress(DynamicPropertyRegistry properties) {
        SideContext.quietBackgroundWork(properties);
        properties.add("server.port", () -> PORT);
        properties.add("temple.public-url", () -> "http://localhost:" + PORT);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    private BrowserContext context;

    @BeforeEach
    void open() {
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void signUpWithAPasskeyThenSignInWithIt() {
        String email = "passkey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Page page = context.newPage();
        addVirtualAuthenticator(page);
        PageChecks checks = new PageChecks(page, origin());

        page.navigate(origin() + "/sign-up");
        page.locator("#passkey-email").fill(email);
        page.locator("#passkey-displayName").fill("Sam");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up with a passkey")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Check your email");

        page.navigate(origin() + "/dev/outbox");
        String link = page.locator("li.letter").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email))
                .first().locator("a[href*='token=']").first().getAttribute("href");
        page.navigate(link);
        // the link only asks; a mail scanner opening it signs nobody in
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();
        assertThat(page.url()).contains("/account/security/passkeys");
        checks.assertAccessibleAndSelfContained(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a passkey")).click();
        page.waitForURL("**/account/security/passkeys?added");
        assertThat(page.getByText("My passkey", new Page.GetByTextOptions().setExact(true)).isVisible()).isTrue();

        page.navigate(origin() + "/account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.navigate(origin() + "/sign-in");
        checks.assertAccessibleAndSelfContained(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
        page.waitForURL("**/account");
        assertThat(page.locator("h1").textContent()).isEqualTo("Hello, Sam");

        // with no password and no app, her passkey is how she confirms it is her before a change
        page.navigate(origin() + "/account/confirm?next=/account/security/passkeys");
        assertThat(page.locator("#password").count()).isZero();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm with a passkey")).click();
        page.waitForURL("**/account/security/passkeys");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a passkey")).waitFor();

        UUID id = TestMembers.idOf(jdbc, email);
        assertThat(jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id where u.name = ?")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(PersonalRows.mentioning(jdbc, id, email)).contains("user_entities.name (1)");
        assertThat(jdbc.sql("select count(*) from account_security_event where member_id = ? and kind = 'SIGN_IN'")
                .param(id).query(Integer.class).single()).as("both passkey sign-ins (signing in, then confirming) are in her security log").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from account_security_event where member_id = ? and kind = 'PASSKEY_ADDED'")
                .param(id).query(Integer.class).single()).as("adding it was logged once, signing in with it was not").isEqualTo(1);
    }

    /**
     * Finding 2 of Step 5: from a sign-in with the password alone, Spring Security's passkey registration endpoints
     * answered, and a passkey added that way then counted as a complete sign-in. Now they refuse a first factor, and a
     * complete sign-in too until she has confirmed it is her; once she has, the passkey is added, her other session
     * ends and a letter tells her.
     */
    @Test
    void aPasswordAloneCannotAddAPasskey() {
        String email = TestMembers.newAddress("passkey-attack");
        Visitor elsewhere = new TestMembers(PORT, outbox).signedIn(email);
        TestMembers.confirmAgain(elsewhere);
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>")
                .matcher(elsewhere.get("/account/security/totp").body());
        assertThat(secret.find()).isTrue();
        assertThat(elsewhere.post("/account/security/totp", "code", TestMembers.totpCode(secret.group(1))).body())
                .contains("The authenticator app is on.");
        UUID id = TestMembers.idOf(jdbc, email);
        Page page = context.newPage();
        addVirtualAuthenticator(page);

        page.navigate(origin() + "/sign-in");
        page.locator("#email").fill(email);
        page.locator("#password").fill(TestMembers.PASSWORD);
        page.locator("form[action='/sign-in'] button[type=submit]").click();
        page.waitForURL("**/sign-in/second-factor");
        assertThat(registrationAnswers(page)).as("options and registration, password only").containsExactly(403, 403);
        page.navigate(origin() + "/account/security/passkeys");
        assertThat(page.url()).endsWith("/sign-in/second-factor");
        assertThat(passkeysOf(id)).isZero();

        page.locator("#code").fill(TestMembers.totpCode(secret.group(1)));
        page.locator("form[action='/sign-in/second-factor'] button[type=submit]").click();
        page.waitForURL("**/account");
        page.navigate(origin() + "/account/security/passkeys");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a passkey")).count()).isZero();
        page.navigate(origin() + "/account");
        assertThat(registrationAnswers(page)).as("complete, but not confirmed again").containsExactly(403, 403);
        page.navigate(origin() + "/account/security/passkeys");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Confirm and add a passkey")).click();
        page.locator("#password").fill(TestMembers.PASSWORD);
        page.locator("form[action='/account/confirm'] button[type=submit]").click();
        page.waitForURL("**/account/security/passkeys");
        long lettersBefore = new Letters(outbox).count(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a passkey")).click();
        page.waitForURL("**/account/security/passkeys?added");

        assertThat(passkeysOf(id)).isOne();
        assertThat(new Letters(outbox).count(email)).isEqualTo(lettersBefore + 1);
        assertThat(new Letters(outbox).latest(email, LetterKind.SECURITY_CHANGE).orElseThrow().text()).contains("your passkeys");
        assertThat(Visitor.redirectPath(elsewhere.get("/account"))).as("her other session has ended").isEqualTo("/sign-in");
    }

    /** What the two registration endpoints answer this page's session, called as the page's own script would. */
    private static List<Integer> registrationAnswers(Page page) {
        Object answers = page.evaluate("""
                async () => {
                  const csrf = document.querySelector('input[name=_csrf]').value;
                  const post = (url, body) => fetch(url, {method: 'POST', credentials: 'same-origin',
                      headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf}, body: body, redirect: 'manual'});
                  const options = await post('/webauthn/register/options');
                  const register = await post('/webauthn/register', '{"publicKey":{"label":"x","credential":{}}}');
                  return [options.status, register.status];
                }""");
        return ((List<?>) answers).stream().map(n -> ((Number) n).intValue()).toList();
    }

    private long passkeysOf(UUID member) {
        return jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id where u.name = ?")
                .param(member.toString()).query(Long.class).single();
    }

    /**
     * A passkey counts as two factors only if the authenticator verified her (PIN, fingerprint): Temple asks for
     * that, so one that cannot verify is refused, and nothing is stored.
     */
    @Test
    void aPasskeyThatCannotVerifyHerIsRefused() {
        String email = "no-uv-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Page page = context.newPage();
        addVirtualAuthenticator(page, false);
        page.navigate(origin() + "/sign-up");
        page.locator("#passkey-email").fill(email);
        page.locator("#passkey-displayName").fill("Kim");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up with a passkey")).click();
        page.navigate(origin() + "/dev/outbox");
        String link = page.locator("li.letter").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email))
                .first().locator("a[href*='token=']").first().getAttribute("href");
        page.navigate(link);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();
        page.waitForURL("**/account/security/passkeys**");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a passkey")).click();
        page.locator("[data-passkey-error]").waitFor();

        UUID id = TestMembers.idOf(jdbc, email);
        assertThat(passkeysOf(id)).isZero();
    }

    private static void addVirtualAuthenticator(Page page) {
        addVirtualAuthenticator(page, true);
    }

    private static void addVirtualAuthenticator(Page page, boolean verifiesHer) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", verifiesHer);
        options.addProperty("isUserVerified", verifiesHer);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    private static String origin() {
        return "http://localhost:" + PORT;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

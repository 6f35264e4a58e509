package app.temple.browser;

import app.temple.PersonalRows;
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
        properties.add("server.port", () -> PORT);
        properties.add("temple.public-url", () -> "http://localhost:" + PORT);
    }

    @Autowired
    JdbcClient jdbc;

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
        assertThat(page.getByText("My passkey").isVisible()).isTrue();

        page.navigate(origin() + "/account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.navigate(origin() + "/sign-in");
        checks.assertAccessibleAndSelfContained(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
        page.waitForURL("**/account");
        assertThat(page.locator("h1").textContent()).isEqualTo("Hello, Sam");

        UUID id = jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id where u.name = ?")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(PersonalRows.mentioning(jdbc, id, email)).contains("user_entities.name (1)");
        assertThat(jdbc.sql("select count(*) from account_security_event where member_id = ? and kind = 'SIGN_IN'")
                .param(id).query(Integer.class).single()).as("the passkey sign-in is in her security log").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_security_event where member_id = ? and kind = 'PASSKEY_ADDED'")
                .param(id).query(Integer.class).single()).as("adding it was logged once, signing in with it was not").isEqualTo(1);
    }

    private static void addVirtualAuthenticator(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
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

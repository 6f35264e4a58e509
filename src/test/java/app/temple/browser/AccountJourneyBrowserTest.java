package app.temple.browser;

import app.temple.PersonalRows;
import app.temple.TempleIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's whole life with her account, in a real browser: sign up, confirm by the emailed link, sign
 * in, turn on the authenticator app, sign out, sign in with the code, look at her sessions, export, erase;
 * then signing in fails and no row in any table mentions her.
 */
@TempleIntegrationTest
class AccountJourneyBrowserTest {

    static final String PASSWORD = "velvet harbour lantern orbit";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private BrowserContext context;

    @BeforeEach
    void open() {
        context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void signUpToErasure() throws Exception {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Page page = context.newPage();
        PageChecks checks = new PageChecks(page, origin());

        page.navigate(origin() + "/sign-up");
        checks.assertAccessibleAndSelfContained(page);
        page.locator("#email").fill(email);
        page.locator("#displayName").fill("Robin");
        page.getByLabel("Choose a password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Check your email");

        openLinkFromOutbox(page, email, "Confirm your email address");
        checks.assertAccessibleAndSelfContained(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my address")).click();
        assertThat(page.locator("h1").textContent()).contains("confirmed");

        signIn(page, email);
        assertThat(page.url()).endsWith("/account");
        checks.assertAccessibleAndSelfContained(page);

        page.getByText("Settings and privacy").click();
        assertThat(page.url()).as("settings are one level below her home").endsWith("/account/settings");
        page.getByText("Protect your account with an authenticator app").click();
        assertThat(page.url()).as("turning the app on asks for her password first").contains("/account/confirm");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        checks.assertAccessibleAndSelfContained(page);
        String secret = page.locator("code.secret").textContent();
        page.getByLabel("Code").fill(code(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
        assertThat(page.locator("ul.codes li").count()).isEqualTo(10);

        page.navigate(origin() + "/account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn(page, email);
        assertThat(page.url()).endsWith("/sign-in/second-factor");
        checks.assertAccessibleAndSelfContained(page);
        page.getByLabel("Code").fill(code(secret));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.url()).endsWith("/account");

        page.getByText("Settings and privacy").click();
        page.getByText("Where you are signed in").click();
        assertThat(page.getByText("This device").isVisible()).isTrue();
        checks.assertAccessibleAndSelfContained(page);

        page.navigate(origin() + "/account/privacy");
        checks.assertAccessibleAndSelfContained(page);
        page.getByText("Download my data").first().click();
        assertThat(page.url()).as("the export asks for her password first").contains("/account/confirm");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.url()).endsWith("/account/privacy#export");
        Download download = page.waitForDownload(() -> page.getByText("Download my data").first().click());
        assertThat(Files.readString(download.path())).contains(email, "temple-export/1");

        UUID id = jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(UUID.class).single();
        page.navigate(origin() + "/account/privacy");
        page.getByText("Erase my account…").click();
        assertThat(page.url()).as("confirmed a moment ago: no second confirmation").endsWith("/account/privacy/erase");
        checks.assertAccessibleAndSelfContained(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase my account now")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Your account has been erased");

        signIn(page, email);
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("don't match an account");
        assertThat(PersonalRows.mentioning(jdbc, id, email)).isEmpty();
    }

    @Test
    void theAccountPagesWorkWithoutJavaScriptAndPassAxeInSwedish() {
        try (BrowserContext noScript = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("sv-SE"))) {
            Page page = noScript.newPage();
            for (String path : new String[] {"/sign-up", "/sign-in", "/sign-in/link", "/password-reset"}) {
                page.navigate(origin() + path);
                assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
                assertThat(page.locator("form button[type=submit]").first().isVisible()).as(path).isTrue();
            }
        }
        Page page = context.newPage();
        PageChecks checks = new PageChecks(page, origin());
        for (String path : new String[] {"/sign-up?lang=sv", "/sign-in", "/sign-in/link", "/password-reset"}) {
            page.navigate(origin() + path);
            checks.assertAccessibleAndSelfContained(page);
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(origin() + "/sign-in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForLoadState();
    }

    /** Opens the development outbox, as a developer would, and follows the link in her newest letter. */
    private void openLinkFromOutbox(Page page, String email, String subject) {
        page.navigate(origin() + "/dev/outbox");
        var letter = page.locator("li.letter").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(email)).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(subject)).first();
        String href = letter.locator("a[href*='token=']").first().getAttribute("href");
        // letters carry TEMPLE_PUBLIC_URL; the test server listens on a random port
        page.navigate(origin() + href.replaceFirst("^https?://[^/]+", ""));
    }

    static String code(String secret) {
        return app.temple.TestMembers.totpCode(secret);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page behind sign-in, as an admin sees it, checked with axe and for foreign requests in both languages. */
@TempleIntegrationTest
class SignedInPagesBrowserTest {

    static final List<String> PAGES = List.of("/account", "/account/settings", "/account/sessions", "/account/privacy",
            "/account/security/totp", "/account/security/passkeys", "/account/security/password",
            "/account/security/email", "/account/confirm?next=/account", "/account/privacy/erase", "/admin/staff", "/admin/payments",
            "/account/sessions/end-others", "/account/security/totp/disable", "/account/privacy/consents/emails/withdraw",
            "/account/quizzes/delete-all",
            "/account/reflections", "/courses/foundation", "/courses/foundation/f1-1",
            "/dev/outbox", "/invitation?token=expired", "/verify-email?token=expired");

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;

    @Test
    void everySignedInPagePassesAxeInEnglishAndSwedish() {
        String email = TestMembers.newAddress("admin-pages");
        invitations.invite(email, Role.ADMIN, Locale.ENGLISH);
        TestMembers members = new TestMembers(port, outbox);
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            PageChecks checks = new PageChecks(page, origin());

            page.navigate(origin() + "/invitation?token=" + members.token(email, LetterKind.STAFF_INVITATION));
            checks.assertAccessibleAndSelfContained(page);
            page.getByLabel("What should we call you?").fill("Alex");
            page.getByLabel("Choose a password").fill(TestMembers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the invitation")).click();
            page.getByLabel("Email address").fill(email);
            page.getByLabel("Password").fill(TestMembers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(page.url()).as("an admin sets up her authenticator app first").endsWith("/account/security/totp");
            page.getByLabel("Code").fill(TestMembers.totpCode(page.locator("code.secret").textContent()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on")).click();
            page.navigate(origin() + "/account/confirm?next=/account");
            page.getByLabel("Password").fill(TestMembers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();

            for (String language : List.of("en", "sv")) {
                page.navigate(origin() + "/account?lang=" + language);
                for (String path : PAGES) {
                    page.navigate(origin() + path);
                    assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(language);
                    assertThat(page.locator("h1").count()).as("one heading on " + path).isEqualTo(1);
                    checks.assertAccessibleAndSelfContained(page);
                }
            }
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

package app.temple.browser;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member and her partner in two browser contexts: she invites, both finish, nothing shows until both reveal,
 * and the partner's withdrawal deletes the comparison for both. The partner's browser runs without JavaScript.
 */
@TempleIntegrationTest
class PartnerJourneyBrowserTest {

    static final String PASSWORD = "velvet harbour lantern orbit";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;

    private BrowserContext herBrowser;
    private BrowserContext partnerBrowser;

    @AfterEach
    void close() {
        if (herBrowser != null) {
            herBrowser.close();
        }
        if (partnerBrowser != null) {
            partnerBrowser.close();
        }
    }

    /** She is signed in with JavaScript on; her partner, who has no account, browses without it. */
    private void openBothBrowsers() {
        Browser browser = Browsers.chromium();
        herBrowser = browser.newContext();
        herBrowser.addCookies(List.of(new Cookie("temple_session", signedInSession()).setDomain("localhost").setPath("/")));
        partnerBrowser = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        herBrowser.newPage().setDefaultTimeout(15_000);
        partnerBrowser.newPage().setDefaultTimeout(15_000);
    }

    @Test
    void inviteBothFinishRevealWithdraw() {
        openBothBrowsers();
        Page her = herBrowser.pages().getFirst();
        Page partner = partnerBrowser.pages().getFirst();
        PageChecks checks = new PageChecks(her, origin());

        her.navigate(origin() + "/quizzes/attachment/questions");
        // every answer 4: both axes at 58, above the line, so Push-pull under version 2 of the scoring (§0.2)
        answerEvery(her, "4");
        her.locator("#profile").waitFor();
        her.locator("form[action$='/partner'] button").click();
        her.locator("#invite-link").waitFor();
        checks.assertAccessibleAndSelfContained(her);
        String invite = her.locator("#invite-link").inputValue().replaceFirst("^https?://[^/]+", "");

        partner.navigate(origin() + invite);
        partner.locator("form[action$='/start'] button").click();
        answerEvery(partner, "1");
        partner.locator("a.button[href^='/partner/view/']").click();
        assertThat(partner.locator("main").innerText()).contains("Both of you have finished").doesNotContain("Push-pull");
        partner.locator("form[action$='/reveal'] button").click();
        assertThat(partner.locator("main").innerText()).contains("You have chosen to show it").doesNotContain("Push-pull");

        her.navigate(origin() + "/account/quizzes/partners");
        checks.assertAccessibleAndSelfContained(her);
        her.locator("main h2 a").first().click();
        assertThat(her.locator("main").innerText()).doesNotContain("Secure-leaning");
        her.locator("form[action$='/reveal'] button").click();
        her.locator("#prompts").waitFor();
        assertThat(her.locator("main").innerText()).contains("Push-pull", "Secure-leaning", "Three things to talk about");
        checks.assertAccessibleAndSelfContained(her);
        String herPage = her.url();

        partner.reload();
        assertThat(partner.locator("main").innerText()).contains("Push-pull", "Secure-leaning");
        partner.locator("main a[href$='/withdraw']").click();
        partner.waitForURL("**/withdraw");
        assertThat(partner.locator("h1").textContent()).as("she is asked first").contains("End this comparison?");
        partner.locator("form[action$='/withdraw'] button").click();
        assertThat(partner.locator("h1").textContent()).contains("deleted");

        assertThat(her.navigate(herPage).status()).as("withdrawn for both").isEqualTo(404);
    }

    @Test
    void whenSheIsNotSureTheComparisonShowsTheSafetyCardFirstInSwedish() {
        openBothBrowsers();
        Page her = herBrowser.pages().getFirst();
        Page partner = partnerBrowser.pages().getFirst();
        PageChecks checks = new PageChecks(her, origin());

        her.navigate(origin() + "/quizzes/communication-style/questions?lang=sv");
        answerEvery(her, "3", "not-sure");
        her.locator("#profile").waitFor();
        her.locator("form[action$='/partner'] button").click();
        her.locator("#invite-link").waitFor();
        String invite = her.locator("#invite-link").inputValue().replaceFirst("^https?://[^/]+", "");

        partner.navigate(origin() + invite);
        partner.locator("form[action$='/start'] button").click();
        answerEvery(partner, "1", "yes");
        partner.locator("a.button[href^='/partner/view/']").click();
        partner.locator("form[action$='/reveal'] button").click();

        her.navigate(origin() + "/account/quizzes/partners");
        her.locator("main h2 a").first().click();
        assertThat(her.locator("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(her.locator("#safety-title").count()).as("her own answer: the card and what revealing shows").isOne();
        checks.assertAccessibleAndSelfContained(her);
        her.locator("form[action$='/reveal'] button").click();
        her.locator(".compare").waitFor();

        assertThat(her.locator("main .safety-card + .compare").count()).as("the safety card comes first").isOne();
        assertThat(her.locator("#prompts").textContent()).contains("Innan ni pratar med varandra");
        assertThat(her.locator("#prompts + ol, #prompts ~ ol").count()).as("no conversation prompts").isZero();
        checks.assertAccessibleAndSelfContained(her);

        partner.reload();
        assertThat(partner.locator(".safety-card").count()).as("her partner sees the same gate").isOne();
        assertThat(partner.locator("main").innerText()).doesNotContain("Three things to talk about");
    }

    /** Every screen of the quiz with one answer, the safety question with "Yes". */
    static void answerEvery(Page page, String value) {
        answerEvery(page, value, "yes");
    }

    /** Every screen of the quiz with one answer, the safety question with {@code safety}. */
    private static void answerEvery(Page page, String value, String safety) {
        while (page.locator("#progress").count() > 0) {
            String choice = page.locator("input[name=choice][value='" + value + "']").count() > 0 ? value : safety;
            String at = page.locator("#progress").getAttribute("value");
            page.locator("input[name=choice][value='" + choice + "']").check();
            page.locator("button[name=nav][value=next]").click();
            // one selector for "this screen is gone", whether the next screen or the result replaced it: reading
            // the attribute after counting raced with the swap of the last screen and then waited for a bar that
            // never came
            page.locator("#progress[value='" + at + "']").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED));
        }
    }

    private String signedInSession() {
        String email = "partner-journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Visitor visitor = new Visitor(port);
        visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "password", PASSWORD);
        new Letters(outbox).confirmAddress(visitor, email);
        assertThat(redirectPath(visitor.submit("/sign-in", "/sign-in", "email", email, "password", PASSWORD))).isEqualTo("/account");
        return visitor.cookie("temple_session").orElseThrow();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

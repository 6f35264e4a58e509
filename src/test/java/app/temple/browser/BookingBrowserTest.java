package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.course.internal.Reflections;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking in a real browser: her zone is found by the page's small script; without any script she books all the
 * same, in Stockholm time. Every page of the way passes axe, asks no other origin and does not scroll sideways at 320
 * pixels, in English and Swedish.
 */
@TempleIntegrationTest
class BookingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Reflections reflections;
    @Autowired
    JdbcClient jdbc;

    @Test
    void herZoneIsFoundByTheBrowserAndEveryPageIsAccessibleInBothLanguages() {
        String email = TestMembers.newAddress("booking-browser");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        // something of hers to share, so that the confirm form and her session page show their boxes
        reflections.save(TestMembers.idOf(jdbc, email), "foundation", "f1-1", "A reflection she may share");
        for (String locale : List.of("en-GB", "sv-SE")) {
            try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(locale)
                    .setTimezoneId("America/New_York").setViewportSize(320, 800))) {
                context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                String lang = locale.substring(0, 2);
                for (String path : List.of("/sessions", "/sessions/embodiment-teaching", "/sessions/practitioners",
                        "/sessions/practitioners/harper-quinn")) {
                    page.navigate(origin() + path + "?lang=" + lang);
                    checks.assertAccessibleSelfContainedAndNarrow(page, locale + " " + path);
                }
                page.locator("form[action$='/embodiment-session'] button").click();
                page.waitForURL("**/sessions/practitioners/harper-quinn/embodiment-session?zone=America%2FNew_York");
                assertThat(page.locator("#zone").inputValue()).as("the zone her browser is in").isEqualTo("America/New_York");
                checks.assertAccessibleSelfContainedAndNarrow(page, locale + " slots");
                page.locator("a.slot").first().click();
                page.waitForURL("**/confirm?**");
                assertThat(page.content()).contains("(America/New_York)");
                assertThat(page.locator("input[name=share]:checked").count()).as("nothing ticked for her").isZero();
                checks.assertAccessibleSelfContainedAndNarrow(page, locale + " confirm");
                page.locator("input[name=share]").first().check();
                page.locator("form[action$='/book'] button[type=submit]").click();
                page.waitForURL("**/account/bookings/*?booked");
                assertThat(page.locator("input[name=share]:checked").count()).as("what she ticked").isOne();
                checks.assertAccessibleSelfContainedAndNarrow(page, locale + " her session");
                page.navigate(origin() + "/account/bookings");
                checks.assertAccessibleSelfContainedAndNarrow(page, locale + " my sessions");
            }
        }
    }

    @Test
    void withoutJavaScriptSheBooksInStockholmTime() {
        Visitor her = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("booking-noscript"));
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB").setViewportSize(320, 800))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            page.navigate(origin() + "/sessions/practitioners/aiko-morita");
            page.locator("form[action$='/coaching-session'] button").click();
            page.waitForURL("**/sessions/practitioners/aiko-morita/coaching-session?zone=");
            assertThat(page.content()).contains("Times are shown in Europe/Stockholm.");
            page.locator("a.slot").nth(5).click();
            page.waitForURL("**/confirm?**");
            page.locator("#note").fill("Written without a script.");
            page.locator("form[action$='/book'] button[type=submit]").click();
            page.waitForURL("**/account/bookings/*?booked");
            assertThat(page.content()).contains("Your session is booked", "Written without a script.", "Aiko Morita");
        }
    }


    private String origin() {
        return "http://localhost:" + port;
    }
}

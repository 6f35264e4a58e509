package app.temple.browser;

import app.temple.TempleIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's first walk through Temple: the home page, the switch to Swedish, and every page linked
 * from the navigation and the footer, each checked with axe, for foreign requests, and without
 * JavaScript.
 */
@TempleIntegrationTest
class SiteJourneyBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private BrowserContext context;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void homeThenSwedishThenEveryLinkedPage() {
        Page page = context.newPage();
        PageChecks checks = new PageChecks(page, origin());

        page.navigate(origin() + "/");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        checks.assertAccessibleAndSelfContained(page);

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Svenska")).click();
        page.waitForLoadState();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
        assertThat(page.locator("h1").textContent()).contains("Förstå dig själv");

        List<String> pages = linkedPages(page);
        assertThat(pages).contains(origin() + "/privacy", origin() + "/help");
        for (String url : pages) {
            page.navigate(url);
            assertThat(page.locator("html").getAttribute("lang")).as("the choice of Swedish holds on " + url).isEqualTo("sv");
            checks.assertAccessibleAndSelfContained(page);
        }

        page.navigate(origin() + "/finns-inte");
        assertThat(page.locator("h1").textContent()).isEqualTo("Vi hittar inte den sidan");
        checks.assertAccessibleAndSelfContained(page);

        assertEveryPageReadsWithoutJavaScript(pages);
    }

    @Test
    void quickExitLeavesAndReplacesTheHistoryEntry() {
        String neutral = "https://www.bbc.com/weather";
        context.route(neutral, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html").setBody("<title>Weather</title><h1>Weather</h1>")));
        Page page = context.newPage();
        page.navigate(origin() + "/");
        page.navigate(origin() + "/privacy");

        page.locator("[data-quick-exit]").click();
        page.waitForURL(neutral);
        page.goBack();

        assertThat(page.url()).as("back skips the page she left").isEqualTo(origin() + "/");
    }

    @Test
    void keyboardReachesSkipLinkFirstAndItMovesFocusToTheContent() {
        Page page = context.newPage();
        page.navigate(origin() + "/privacy");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.tagName")).isEqualTo("A");
    }

    private void assertEveryPageReadsWithoutJavaScript(List<String> pages) {
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("sv-SE"))) {
            Page page = noScript.newPage();
            for (String url : pages) {
                page.navigate(url);
                assertThat(page.locator("h1").isVisible()).as("a heading without JavaScript on " + url).isTrue();
                assertThat(page.locator("main").innerText().length()).as("readable content on " + url).isGreaterThan(80);
                assertThat(page.locator("footer a[href='/help']").isVisible()).isTrue();
                assertThat(page.locator("[data-quick-exit]").isVisible()).isTrue();
            }
        }
    }

    private List<String> linkedPages(Page page) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) page.locator("header a:not([data-quick-exit]), footer a:not([hreflang])")
                .evaluateAll("links => links.map(link => link.href)");
        Set<String> pages = new LinkedHashSet<>();
        for (String href : hrefs) {
            if (href.startsWith(origin() + "/")) {
                pages.add(href);
            }
        }
        return List.copyOf(pages);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

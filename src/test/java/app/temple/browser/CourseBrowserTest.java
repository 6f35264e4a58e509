package app.temple.browser;

import app.temple.TempleIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course pages a visitor meets, in English and in Swedish: axe finds nothing, nothing is fetched from another
 * origin, nothing scrolls sideways on a 320-pixel phone, and all of it reads without JavaScript.
 */
@TempleIntegrationTest
class CourseBrowserTest {

    static final List<String> PAGES = List.of("/courses", "/courses/foundation", "/courses/exploration",
            "/courses/foundation/f1-1", "/courses/foundation/f1-4", "/courses/foundation/f4-1",
            "/courses/foundation/f5-4", "/courses/foundation/f1-2", "/courses/exploration/e2-1",
            "/courses/pause?back=/courses/foundation/f1-2");

    @LocalServerPort
    int port;

    @Test
    void everyCoursePagePassesAxeInEnglishAndSwedishAndFitsAPhone() {
        for (String locale : List.of("en-GB", "sv-SE")) {
            try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                    .setLocale(locale).setViewportSize(320, 800))) {
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                for (String path : PAGES) {
                    page.navigate(origin() + path + (path.contains("?") ? "&" : "?") + (locale.startsWith("sv") ? "lang=sv" : "lang=en"));
                    checks.assertAccessibleAndSelfContained(page);
                    Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
                    assertThat(((Number) width).intValue()).as(locale + " " + path + " scrolls sideways").isLessThanOrEqualTo(320);
                }
            }
        }
    }

    @Test
    void theCoursesReadWithoutJavaScript() {
        try (BrowserContext noScript = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page page = noScript.newPage();
            page.navigate(origin() + "/courses");
            page.getByText("Foundation").first().click();
            page.waitForURL("**/courses/foundation");
            page.locator("a[href='/courses/foundation/f4-1']").click();
            page.waitForURL("**/courses/foundation/f4-1");
            assertThat(page.getByText("Before you begin").isVisible()).isTrue();
            page.getByText("Continue to the lesson").click();
            assertThat(page.locator("#lesson-text").innerText().length()).isGreaterThan(1000);
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

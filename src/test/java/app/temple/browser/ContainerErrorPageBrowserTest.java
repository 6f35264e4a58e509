package app.temple.browser;

import app.temple.TempleIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The page Tomcat answers an address it refuses with passes axe and fits a phone 320 pixels wide. */
@TempleIntegrationTest
class ContainerErrorPageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theRefusedAddressPagePassesAxeAndFitsAPhone() {
        String origin = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            Response response = page.navigate(origin + "/journal/a%2Fb");

            assertThat(response.status()).isEqualTo(400);
            assertThat(page.locator("section[lang=sv]").textContent()).contains("Vi kunde inte förstå begäran");
            new PageChecks(page, origin).assertAccessibleSelfContainedAndNarrow(page, "the refused-address page");
        }
    }
}

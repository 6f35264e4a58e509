package app.temple.browser;

import app.temple.TempleIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every quiz from its introduction to its result in a real browser, in English and Swedish, with JavaScript
 * (htmx swaps the question card) and without (plain form posts), with axe on the screens along the way.
 */
@TempleIntegrationTest
class QuizJourneyBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;
    private BrowserContext context;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "{0} in {1}, JavaScript {2}")
    @CsvSource({
            "nervous-system, en, false", "nervous-system, sv, true",
            "desire-journey, en, false", "desire-journey, sv, true",
            "communication-style, en, true", "communication-style, sv, false",
            "attachment, en, false", "attachment, sv, true",
            "sexual-shame, en, true", "sexual-shame, sv, false",
            "nervous-system, en, true", "attachment, en, true"})
    void takeTheQuizStartToFinish(String slug, String language, boolean javaScript) {
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                .setLocale(language.equals("sv") ? "sv-SE" : "en-GB"));
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        PageChecks checks = new PageChecks(page, origin());

        page.navigate(origin() + "/quizzes?lang=" + language);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language);
        // axe runs inside the page, so it needs JavaScript: the screens without it are the same HTML
        Runnable check = javaScript ? () -> checks.assertAccessibleAndSelfContained(page) : () -> { };
        check.run();
        page.navigate(origin() + "/quizzes/" + slug);
        check.run();
        page.locator("a.button[href$='/questions']").click();
        page.waitForURL("**/questions");

        int screens = Integer.parseInt(page.locator("#progress").getAttribute("max"));
        for (int screen = 1; screen <= screens; screen++) {
            assertThat(page.locator("#progress").getAttribute("value")).isEqualTo(String.valueOf(screen));
            if (screen == 1 || screen == 2 || screen == screens) {
                check.run();
            }
            List<String> values = page.locator("input[name=choice]").all().stream().map(input -> input.getAttribute("value")).toList();
            String choice = values.contains("3") ? (screen % 4 == 0 ? "x" : String.valueOf(1 + screen % 5)) : values.getFirst();
            page.locator("input[name=choice][value='" + choice + "']").check();
            page.locator("button[name=nav][value=next]").click();
            if (screen < screens) {
                page.locator("#progress[value='" + (screen + 1) + "']").waitFor();
                if (screen == 2) {
                    page.locator("button[name=nav][value=back]").click();
                    page.locator("#progress[value='2']").waitFor();
                    assertThat(page.locator("input[name=choice][value='" + choice + "']").isChecked())
                            .as("going back keeps the answer").isTrue();
                    page.locator("button[name=nav][value=next]").click();
                    page.locator("#progress[value='3']").waitFor();
                }
            }
        }
        page.locator("#profile").waitFor();
        assertThat(page.url()).as("no answer in the URL").doesNotContain("?").doesNotContain("choice");
        assertThat(page.locator("figure.chart .bar-ends").count()).as("a chart that says what its ends mean").isPositive();
        assertThat(page.locator("[data-quick-exit]").isVisible()).isTrue();
        assertThat(page.locator("main").innerText()).contains(language.equals("sv") ? "När du bör prata med en professionell" : "When to talk to a professional");
        check.run();

        page.navigate(origin() + "/quizzes/" + slug + "/how-it-works");
        check.run();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

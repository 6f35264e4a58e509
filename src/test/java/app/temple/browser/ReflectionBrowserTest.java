package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private reflection saves as she writes, and the connection cut mid-way loses nothing: the text waits in the page
 * and is saved when the connection is back. Without JavaScript the form's button does the same.
 */
@TempleIntegrationTest
class ReflectionBrowserTest {

    private static final String LESSON = "/courses/foundation/f1-1";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    app.temple.course.internal.Reflections reflections;

    @Test
    void itSavesAsSheWritesAndKeepsEveryWordThroughALostConnection() {
        String email = TestMembers.newAddress("reflect-browser");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            page.navigate(origin() + LESSON);
            new PageChecks(page, origin()).assertAccessibleAndSelfContained(page);

            page.locator("#reflection-text").fill("First thoughts, kept.");
            page.getByText("Saved. Only you can read it.").waitFor();
            assertThat(reflections.of(id, "foundation", "f1-1")).contains("First thoughts, kept.");

            context.setOffline(true);
            page.locator("#reflection-text").fill("First thoughts, kept. And more, written while offline.");
            page.getByText("Not saved yet: the connection is gone.", new Page.GetByTextOptions().setExact(false)).waitFor();
            assertThat(reflections.of(id, "foundation", "f1-1")).contains("First thoughts, kept.");

            context.setOffline(false);
            page.getByText("Saved. Only you can read it.").waitFor();
            assertThat(reflections.of(id, "foundation", "f1-1")).contains("First thoughts, kept. And more, written while offline.");
        }
    }

    @Test
    void withoutJavaScriptTheButtonSavesIt() {
        String email = TestMembers.newAddress("reflect-noscript");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("sv-SE"))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            page.navigate(origin() + LESSON + "?lang=sv");
            page.locator("#reflection-text").fill("Skrivet utan skript.");
            page.locator("form[data-reflection] button[type=submit]").click();
            page.waitForURL("**" + LESSON + "?saved#reflection");
            assertThat(reflections.of(id, "foundation", "f1-1")).contains("Skrivet utan skript.");
            assertThat(page.locator("#reflection-text").inputValue()).isEqualTo("Skrivet utan skript.");
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

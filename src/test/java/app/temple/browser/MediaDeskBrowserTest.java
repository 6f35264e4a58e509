package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's media page in a real browser, in English and Swedish: axe-clean, nothing from another origin, no
 * sideways scroll at 320 pixels, and an upload by keyboard and plain form, without JavaScript: the recording and the
 * captions land in the media directory, and a wrong file is refused on the page beside its lesson.
 */
@TempleIntegrationTest
class MediaDeskBrowserTest {

    /** The opening of a WebM film: an EBML header whose document type is "webm". */
    private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 1,
            0x42, (byte) 0xF7, (byte) 0x81, 1, 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'};

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Value("${temple.media-dir}")
    Path mediaDir;

    private Visitor editor;

    @BeforeEach
    void anEditor() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
    }

    @Test
    void thePageIsAccessibleInBothLanguagesAndNarrowScreens() {
        for (String locale : List.of("en-GB", "sv-SE")) {
            try (BrowserContext context = context(locale, true, 320)) {
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                page.navigate(origin() + "/editor/media?lang=" + locale.substring(0, 2));
                assertThat(page.locator("h1").textContent()).isEqualTo(locale.startsWith("sv")
                        ? "Lektionernas inspelningar och undertexter" : "Lesson recordings and captions");
                checks.assertAccessibleAndSelfContained(page);
                Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
                assertThat(((Number) width).intValue()).as(locale + " scrolls sideways").isLessThanOrEqualTo(320);
            }
        }
    }

    @Test
    void sheUploadsARecordingAndCaptionsWithoutJavaScript() {
        try (BrowserContext context = context("en-GB", false, 1024)) {
            Page page = context.newPage();
            page.navigate(origin() + "/editor/media");

            page.locator("#exploration-e4-4-recording").setInputFiles(new FilePayload("breath.txt", "text/plain",
                    "Not a recording at all.".getBytes(StandardCharsets.UTF_8)));
            page.locator("#exploration-e4-4 form").first().locator("button").press("Enter");
            page.waitForLoadState();
            assertThat(page.locator("#exploration-e4-4-error").textContent()).contains("is not a recording we can play");
            assertThat(mediaDir.resolve("exploration/e4-4.txt")).doesNotExist();

            page.navigate(origin() + "/editor/media");
            page.getByLabel("Video recording (MP4 or WebM)").and(page.locator("#exploration-e4-4-recording"))
                    .setInputFiles(new FilePayload("talk.webm", "video/webm", WEBM));
            page.locator("#exploration-e4-4 form").first().locator("button").press("Enter");
            page.waitForURL("**/editor/media?saved=exploration-e4-4#exploration-e4-4");
            assertThat(page.locator("#exploration-e4-4 .notice").textContent()).isEqualTo("Saved. The lesson plays it now.");

            page.locator("#exploration-e4-4-captions").setInputFiles(new FilePayload("captions.vtt", "text/vtt",
                    "WEBVTT\n\n00:00.000 --> 00:01.000\nAndas.\n".getBytes(StandardCharsets.UTF_8)));
            page.locator("#exploration-e4-4-language").selectOption("sv");
            page.locator("#exploration-e4-4 form").last().locator("button").press("Enter");
            page.waitForURL("**/editor/media?saved=exploration-e4-4#exploration-e4-4");

            assertThat(mediaDir.resolve("exploration/e4-4.webm")).exists();
            assertThat(mediaDir.resolve("exploration/e4-4.sv.vtt")).hasContent("WEBVTT\n\n00:00.000 --> 00:01.000\nAndas.\n");
            assertThat(page.locator("#exploration-e4-4").textContent()).contains("e4-4.webm", "Svenska");
        }
    }

    private BrowserContext context(String locale, boolean javaScript, int width) {
        Browser browser = Browsers.chromium();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setJavaScriptEnabled(javaScript).setViewportSize(width, 800));
        context.addCookies(List.of(new Cookie("temple_session", editor.cookie("temple_session").orElseThrow()).setUrl(origin())));
        return context;
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

package app.temple.browser;

import app.temple.course.CourseFixtures;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser's own player on an audio lesson: it passes axe, its captions load, and its speed can be changed. */
@TempleIntegrationTest
class CoursePlayerBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;
    @Value("${temple.media-dir}")
    Path mediaDir;

    @Test
    void thePlayerPassesAxeLoadsItsCaptionsAndChangesSpeed() throws IOException {
        CourseFixtures.recording(mediaDir, "f4-3", 3, "Breathe as you are.");
        Visitor her = CourseFixtures.memberWithFoundation(port, outbox, jdbc, grants, "player");

        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            page.navigate(origin() + "/courses/foundation/f4-3");
            new PageChecks(page, origin()).assertAccessibleAndSelfContained(page);

            page.waitForFunction("() => { const t = document.querySelector('audio').textTracks[0]; "
                    + "if (t) { t.mode = 'hidden'; } return t && t.cues && t.cues.length > 0; }");
            page.getByLabel("Playback speed").selectOption("1.5");
            assertThat(((Number) page.evaluate("() => document.querySelector('audio').playbackRate")).doubleValue()).isEqualTo(1.5);
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

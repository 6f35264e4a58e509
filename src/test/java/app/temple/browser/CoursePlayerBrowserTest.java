package app.temple.browser;

import app.temple.SilentWav;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
        Files.createDirectories(mediaDir.resolve("foundation"));
        Files.write(mediaDir.resolve("foundation/f4-3.wav"), SilentWav.seconds(3));
        Files.writeString(mediaDir.resolve("foundation/f4-3.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\nBreathe as you are.\n");
        String email = TestMembers.newAddress("player");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID id = jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(UUID.class).single();
        grants.grantByAdmin(id, "foundation", Instant.now().minusSeconds(60), null, UUID.randomUUID());

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

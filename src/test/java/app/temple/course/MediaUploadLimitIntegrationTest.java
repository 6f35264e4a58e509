package app.temple.course;

import app.temple.SilentWav;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recording larger than {@code temple.media.max-upload} (lowered here to 64 KB, in a context of its own) is refused
 * with 413 and the site's "too large" page, never a 500, and nothing is written: whether the body declares its
 * length (refused before a byte is read) or is streamed in chunks (refused by the container's multipart limit).
 */
@TempleIntegrationTest
// a side context: see SideContext
@TestPropertySource(properties = {"temple.media.max-upload=64KB", "db-scheduler.polling-interval=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaUploadLimitIntegrationTest {

    private static final String ACTION = "/editor/media/exploration/e2-4/recording";
    private static final String TOO_LARGE = "larger than this page accepts";

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Value("${temple.media-dir}")
    Path mediaDir;

    private Visitor editor;

    @BeforeAll
    void anEditor() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
    }

    @Test
    void aRecordingOverTheLimitIsRefusedWith413AndNothingIsWritten() throws Exception {
        byte[] fiveSeconds = SilentWav.seconds(5); // 80 KB

        HttpResponse<String> declared = MediaUploadForm.upload(editor, ACTION, "long.wav", "audio/wav", fiveSeconds);
        editor.get("/editor/media");
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + ACTION))
                .header("Cookie", "temple_session=" + editor.cookie("temple_session").orElseThrow())
                .header("Content-Type", MediaUploadForm.CONTENT_TYPE).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        MediaUploadForm.body(editor.csrfToken(), "long.wav", "audio/wav", fiveSeconds))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains(TOO_LARGE);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains(TOO_LARGE);
        assertThat(mediaDir.resolve("exploration/e2-4.wav")).doesNotExist();
    }

    @Test
    void aRecordingUnderTheLimitIsTaken() {
        HttpResponse<String> taken = MediaUploadForm.upload(editor, ACTION.replace("e2-4", "e5-2"), "short.wav", "audio/wav",
                SilentWav.seconds(1));

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);
        assertThat(mediaDir.resolve("exploration/e5-2.wav")).exists();
    }
}

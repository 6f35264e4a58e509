package app.temple.course;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audio lesson with a recording: a small generated WAV file with WebVTT captions. Seeking works (a range request
 * answers 206 with exactly those bytes), the captions load, a position saved at 37 s resumes at 37 s, and only who may
 * open the lesson gets the file.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseMediaIntegrationTest {

    private static final String LESSON = "/courses/foundation/f1-4";

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

    private byte[] wav;
    private Visitor her;

    @BeforeAll
    void aRecordingAndAMemberWithAccess() throws IOException {
        wav = CourseFixtures.recording(mediaDir, "f1-4", 2, "Notice where you are supported.");
        her = CourseFixtures.memberWithFoundation(port, outbox, jdbc, grants, "media");
    }

    @Test
    void theLessonPlaysItsRecordingWithCaptionsAndTheTranscript() {
        String page = her.get(LESSON).body();
        assertThat(page).contains("<audio controls", LESSON + "/recording", "<track kind=\"captions\"", "id=\"lesson-text\"");
    }

    @Test
    void aRangeRequestAnswers206WithExactlyThoseBytes() throws Exception {
        HttpResponse<byte[]> part = send(HttpRequest.newBuilder(uri(LESSON + "/recording")).header("Range", "bytes=100-199"));

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + wav.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(wav, 100, 200));
        assertThat(send(HttpRequest.newBuilder(uri(LESSON + "/recording"))).body()).isEqualTo(wav);
    }

    @Test
    void theCaptionsLoad() throws Exception {
        HttpResponse<byte[]> captions = send(HttpRequest.newBuilder(uri(LESSON + "/captions")));

        assertThat(captions.statusCode()).isEqualTo(200);
        assertThat(captions.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/vtt"));
        assertThat(new String(captions.body(), StandardCharsets.UTF_8)).startsWith("WEBVTT");
    }

    @Test
    void aPositionSavedAt37SecondsResumesThere() {
        her.get(LESSON);
        assertThat(her.post(LESSON + "/position", "seconds", "37").statusCode()).isEqualTo(204);

        assertThat(her.get(LESSON).body()).contains(LESSON + "/recording#t=37");
        assertThat(her.post(LESSON + "/position", "seconds", "-5").statusCode()).isEqualTo(400);
        assertThat(her.post(LESSON + "/position", "seconds", "soon").statusCode()).isEqualTo(400);
    }

    @Test
    void noOneWithoutAccessGetsTheFile() {
        assertThat(new Visitor(port).get(LESSON + "/recording").statusCode()).isEqualTo(404);
        Visitor other = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("no-media"));
        assertThat(other.get(LESSON + "/recording").statusCode()).isEqualTo(404);
        assertThat(other.get(LESSON + "/captions").statusCode()).isEqualTo(404);
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-in"); // a page with a form token: the lesson page a visitor gets is shared and carries none
        assertThat(redirectPath(visitor.post(LESSON + "/position", "seconds", "3"))).isEqualTo("/sign-in");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        request.header("Cookie", "temple_session=" + her.cookie("temple_session").orElseThrow());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

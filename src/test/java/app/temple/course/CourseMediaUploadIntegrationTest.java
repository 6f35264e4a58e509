package app.temple.course;

import app.temple.SilentWav;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.billing.internal.Grants;
import app.temple.journal.Editors;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor uploads a lesson's recording and captions on /editor/media, and the lesson plays them: seeking works on
 * the uploaded file and the captions load. What a file is comes from its bytes: a picture or text named .mp3, a film
 * for an audio lesson, a recording for a video lesson, an empty file, captions that are not WebVTT are refused with
 * 400 and a page that says why, and nothing is written. An unknown lesson, or a text lesson, is not found.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseMediaUploadIntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    /** The start of an MP4 film: a box of type "ftyp" with the ISO base media brand. */
    static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
            'i', 's', 'o', '2', 0, 0, 0, 8, 'f', 'r', 'e', 'e'};
    static final byte[] OGG = {'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4};
    static final String CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:01.500\nBreathe, and notice the ground.\n";

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;
    @Value("${temple.media-dir}")
    Path mediaDir;

    private Visitor editor;

    @BeforeAll
    void anEditor() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
    }

    @Test
    void anUploadedRecordingAndCaptionsPlayWithSeeking() throws Exception {
        byte[] wav = SilentWav.seconds(2);

        // the name and the declared type are the browser's word; the bytes say it is a WAV recording
        HttpResponse<String> recording = MediaUploadForm.upload(editor, "/editor/media/foundation/f4-3/recording",
                "Recording final (2).bin", "application/octet-stream", wav);
        HttpResponse<String> captions = MediaUploadForm.upload(editor, "/editor/media/foundation/f4-3/captions",
                "../../captions.txt", "text/plain", CAPTIONS.getBytes(StandardCharsets.UTF_8), "language", "en");

        assertThat(recording.statusCode()).as(recording.body()).isEqualTo(302);
        assertThat(redirectPath(recording)).isEqualTo("/editor/media?saved=foundation-f4-3#foundation-f4-3");
        assertThat(captions.statusCode()).as(captions.body()).isEqualTo(302);
        assertThat(mediaDir.resolve("foundation/f4-3.wav")).hasBinaryContent(wav);
        assertThat(mediaDir.resolve("foundation/f4-3.en.vtt")).hasContent(CAPTIONS);
        assertThat(files("foundation")).as("no temporary file left behind, no name from the upload")
                .noneMatch(name -> name.endsWith(".part") || name.contains("captions.txt") || name.contains("final"));
        String desk = editor.get("/editor/media?saved=foundation-f4-3").body();
        assertThat(desk).contains("Saved. The lesson plays it now.", "f4-3.wav (32 kB)");

        Visitor her = CourseFixtures.memberWithFoundation(port, outbox, jdbc, grants, "uploaded-media");
        HttpResponse<byte[]> part = send(her, HttpRequest.newBuilder(uri("/courses/foundation/f4-3/recording"))
                .header("Range", "bytes=1000-1999"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + wav.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(wav, 1000, 2000));
        HttpResponse<byte[]> vtt = send(her, HttpRequest.newBuilder(uri("/courses/foundation/f4-3/captions")));
        assertThat(vtt.statusCode()).isEqualTo(200);
        assertThat(new String(vtt.body(), StandardCharsets.UTF_8)).isEqualTo(CAPTIONS);
        assertThat(her.get("/courses/foundation/f4-3").body()).contains("<audio controls", "<track kind=\"captions\"");
    }

    @Test
    void aNewRecordingReplacesTheOldOneOfAnotherExtension() throws IOException {
        assertThat(MediaUploadForm.upload(editor, "/editor/media/foundation/f5-3/recording", "take-1.ogg", "audio/ogg", OGG)
                .statusCode()).isEqualTo(302);
        assertThat(mediaDir.resolve("foundation/f5-3.ogg")).hasBinaryContent(OGG);

        byte[] wav = SilentWav.seconds(1);
        assertThat(MediaUploadForm.upload(editor, "/editor/media/foundation/f5-3/recording", "take-2.wav", "audio/wav", wav)
                .statusCode()).isEqualTo(302);

        assertThat(files("foundation")).filteredOn(name -> name.startsWith("f5-3.")).containsExactly("f5-3.wav");
        assertThat(mediaDir.resolve("foundation/f5-3.wav")).hasBinaryContent(wav);
    }

    @Test
    void whatIsNotARecordingIsRefusedWhateverItsNameAndNothingIsWritten() throws IOException {
        Map<String, Long> before = snapshot();

        refused("/editor/media/exploration/e5-2/recording", "photo.mp3", "audio/mpeg", PNG,
                "is not a recording we can play");
        refused("/editor/media/exploration/e5-2/recording", "notes.mp3", "audio/mpeg",
                "These are my notes, not a recording.".getBytes(StandardCharsets.UTF_8), "is not a recording we can play");
        refused("/editor/media/exploration/e5-2/recording", "film.m4a", "audio/mp4", MP4, "This is an audio lesson");
        refused("/editor/media/foundation/f1-1/recording", "talk.mp4", "video/mp4", SilentWav.seconds(1),
                "This is a video lesson");
        refused("/editor/media/exploration/e5-2/recording", "empty.wav", "audio/wav", new byte[0], "That file is empty");
        refused("/editor/media/exploration/e5-2/captions", "captions.vtt", "text/vtt",
                "1\n00:00:00,000 --> 00:00:01,000\nAn SRT file renamed\n".getBytes(StandardCharsets.UTF_8), "is not WebVTT captions",
                "language", "en");
        refused("/editor/media/exploration/e5-2/captions", "captions.vtt", "text/vtt",
                CAPTIONS.getBytes(StandardCharsets.UTF_8), "Choose the language", "language", "../../x");

        assertThat(snapshot()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aFormWithoutAFileIsRefusedWithAPageThatSaysSo() {
        editor.get("/editor/media");
        HttpResponse<String> plain = editor.post("/editor/media/exploration/e5-2/recording", "file", "f4-3.wav");

        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("No file arrived");
    }

    @Test
    void captionsLargerThanTheirLimitAreRefusedWith413() throws IOException {
        Map<String, Long> before = snapshot();
        byte[] large = (CAPTIONS + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = MediaUploadForm.upload(editor, "/editor/media/exploration/e5-2/captions",
                "long.vtt", "text/vtt", large, "language", "sv");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than this page accepts");
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * The container writes a multipart body to disk before Spring Security has seen who sent it, so a file sent to
     * any other address is refused by its declared length at that address's own limit, before a byte is read.
     */
    @Test
    void aFileSentAnywhereElseIsRefusedBeforeItIsRead() {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-up");

        HttpResponse<String> response = visitor.send("POST", "/sign-up", MediaUploadForm.CONTENT_TYPE,
                MediaUploadForm.body(visitor.csrfToken(), "big.wav", "audio/wav", SilentWav.seconds(5)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than this page accepts");
    }

    @Test
    void anUnknownLessonOrATextLessonIsNotFound() {
        byte[] wav = SilentWav.seconds(1);
        for (String action : new String[]{"/editor/media/foundation/f9-9/recording", "/editor/media/nowhere/f1-1/recording",
                "/editor/media/foundation/f2-1/recording", "/editor/media/foundation/f2-1/captions"}) {
            assertThat(MediaUploadForm.upload(editor, action, "x.wav", "audio/wav", wav).statusCode()).as(action).isEqualTo(404);
        }
        assertThat(mediaDir.resolve("foundation/f2-1.wav")).doesNotExist();
    }

    @Test
    void theDeskListsTheAudioAndVideoLessonsInBothLanguages() {
        String english = editor.get("/editor/media?lang=en").body();
        String swedish = editor.get("/editor/media?lang=sv").body();

        assertThat(english).contains("Lesson recordings and captions", "action=\"/editor/media/foundation/f1-1/recording\"",
                "action=\"/editor/media/exploration/e5-2/captions\"", "enctype=\"multipart/form-data\"", "name=\"_csrf\"")
                .doesNotContain("/editor/media/foundation/f2-1/");
        assertThat(swedish).contains("Lektionernas inspelningar och undertexter", "Ladda upp inspelningen");
        editor.get("/editor/media?lang=en");
    }

    private void refused(String action, String fileName, String declaredType, byte[] file, String says, String... fields) {
        HttpResponse<String> response = MediaUploadForm.upload(editor, action, fileName, declaredType, file, fields);
        assertThat(response.statusCode()).as(action + " " + fileName).isEqualTo(400);
        assertThat(response.body()).as(action + " " + fileName).contains(says, "Nothing was saved.", "role=\"alert\"");
    }

    /** Every file in the media directory with its size. */
    private Map<String, Long> snapshot() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        if (Files.isDirectory(mediaDir)) {
            try (Stream<Path> all = Files.walk(mediaDir)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files.put(mediaDir.relativize(file).toString(), Files.size(file));
                }
            }
        }
        return files;
    }

    private java.util.List<String> files(String course) throws IOException {
        try (Stream<Path> all = Files.list(mediaDir.resolve(course))) {
            return all.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private HttpResponse<byte[]> send(Visitor who, HttpRequest.Builder request) throws Exception {
        request.header("Cookie", "temple_session=" + who.cookie("temple_session").orElseThrow());
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

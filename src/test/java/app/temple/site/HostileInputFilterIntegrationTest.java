package app.temple.site;

import app.temple.Http;
import app.temple.TableContents;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 6, 7 and 8 of the security review: text the database cannot store, bodies larger than a route takes, and
 * links built from a hostile path. Each is answered with a clear 400 or 413, and nothing is stored.
 */
@TempleIntegrationTest
class HostileInputFilterIntegrationTest {

    /**
     * Left out of "nothing stored": the scheduler's own bookkeeping. Sessions are compared: a visitor who is refused
     * before the session filter runs gets none.
     */
    private static final Set<String> UNRELATED = Set.of("flyway_schema_history", "scheduled_tasks");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;

    @Test
    void aNullCharacterInTheJournalSearchIsA400PageInTheSiteDesign() {
        HttpResponse<String> english = new Http(port).get("/journal/search?q=stress%00", "Accept-Language", "en", "Accept", "text/html");
        HttpResponse<String> swedish = new Http(port).get("/journal/search?q=stress%00", "Accept-Language", "sv", "Accept", "text/html");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("<html lang=\"en\"", "read what was sent", "Nothing was saved")
                .doesNotContain("stress", "Exception", "at app.temple");
        assertThat(english.headers().firstValue("Content-Security-Policy")).as("the error page keeps the site's headers")
                .hasValueSatisfying(csp -> assertThat(english.body()).contains("nonce=\"" + csp.replaceAll(".*'nonce-([^']+)'.*", "$1") + "\""));
        assertThat(english.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(swedish.statusCode()).isEqualTo(400);
        assertThat(swedish.body()).contains("<html lang=\"sv\"", "Vi kunde inte läsa det som skickades");
    }

    @Test
    void brokenUtf8InAQueryIsRefusedWhetherPercentEncodedOrRaw() {
        HttpResponse<String> encoded = new Http(port).get("/journal/search?q=%C3%28", "Accept", "text/html");
        assertThat(encoded.statusCode()).isEqualTo(400);
        assertThat(encoded.body()).as("the error page itself reads no parameter").contains("read what was sent");
        assertThat(rawRequest("GET /journal/search?q=%ZZ HTTP/1.1", new byte[0])).startsWith("HTTP/1.1 400");
        // Tomcat refuses raw bytes in the request line itself, with its own short page
        assertThat(rawRequest("GET /journal/search?q=caf\u00e9\u00ff HTTP/1.1", new byte[0])).startsWith("HTTP/1.1 400")
                .doesNotContain("Exception", "at org.");
        assertThat(new Http(port).get("/journal/search?q=caf%C3%A9+%F0%9F%98%80").statusCode())
                .as("good UTF-8, emoji included, passes").isEqualTo(200);
    }

    @Test
    void aNullCharacterInTheSignInEmailIsA400AndNothingIsStored() {
        Map<String, String> before = TableContents.fingerprint(jdbc, UNRELATED);
        Visitor visitor = new Visitor(port);

        HttpResponse<String> response = visitor.submit("/sign-in", "/sign-in", "email", "robin\u0000@example.com",
                "password", "velvet harbour lantern orbit");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("read what was sent").doesNotContain("robin");
        assertThat(TableContents.fingerprint(jdbc, UNRELATED)).isEqualTo(before);
    }

    @Test
    void aNullCharacterInThePasswordResetEmailIsA400AndNothingIsStored() {
        Map<String, String> before = TableContents.fingerprint(jdbc, UNRELATED);

        HttpResponse<String> response = new Visitor(port).submit("/password-reset", "/password-reset",
                "email", "robin@example.com\u0000");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TableContents.fingerprint(jdbc, UNRELATED)).isEqualTo(before);
    }

    @Test
    void brokenUtf8InAFormBodyIsA400() {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-up");
        byte[] body = ("_csrf=" + visitor.csrfToken() + "&displayName=Robin&email=robin%40example.com&password=%C3%28")
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(visitor.send("POST", "/sign-up", "application/x-www-form-urlencoded", body).statusCode()).isEqualTo(400);
    }

    @Test
    void anApiBodyWithANullCharacterIsA400ProblemAndEmojiPass() {
        HttpResponse<String> nul = json("/api/quizzes/nervous-system/score", "{\"answers\": {\"1\": 3}, \"safety\": \"yes\\u0000\"}");
        HttpResponse<String> emoji = json("/api/quizzes/nervous-system/score", "{\"answers\": {\"1\": 3}, \"safety\": \"\uD83D\uDE00\"}");

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(nul.body()).contains("\"status\":400", "null character").doesNotContain("answers");
        assertThat(emoji.statusCode()).as("an unknown safety answer, but readable").isEqualTo(400);
        assertThat(emoji.body()).contains("safety must be one of");
    }

    /** Spring Security's passkey endpoints read JSON whatever type is declared, so every body is checked as JSON. */
    @Test
    void aJsonBodyUnderAnotherTypeIsCheckedAllTheSame() {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-in");
        byte[] escapedNull = "{\"label\": \"a\\u0000\"}".getBytes(StandardCharsets.UTF_8);

        for (String type : List.of("text/plain", "application/octet-stream", "")) {
            HttpResponse<String> response = type.isEmpty()
                    ? send(HttpRequest.newBuilder(uri("/webauthn/authenticate/options")).header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(escapedNull)))
                    : visitor.send("POST", "/webauthn/authenticate/options", type, escapedNull);
            assertThat(response.statusCode()).as(type).isEqualTo(400);
        }
    }

    /**
     * 413 rather than 400: the body may be perfectly good JSON, it is only too large, and 413 ("Content Too Large",
     * RFC 9110) tells a client exactly that.
     */
    @Test
    void anApiBodyOver16KbIsA413ByDeclaredLengthAndByChunkedLength() {
        String large = "{\"answers\": {" + IntStream.range(0, 3000).mapToObj(i -> "\"k" + i + "\": 1")
                .collect(Collectors.joining(", ")) + "}}";
        assertThat(large.length()).isGreaterThan(16 * 1024);

        HttpResponse<String> declared = json("/api/quizzes/nervous-system/score", large);
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/quizzes/nervous-system/score"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(chunks(large.getBytes(StandardCharsets.UTF_8)))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("\"status\":413").doesNotContain("k1");
        assertThat(chunked.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    /** Finding 6: 200,000 unknown keys took seconds and answered 11.8 MB of errors. */
    @Test
    void aThreeMegabyteBodyIsRefusedAtOnceAndNoBodyGetsALongErrorList() {
        String huge = "{\"answers\": {" + IntStream.range(0, 200_000).mapToObj(i -> "\"k" + i + "\": 1")
                .collect(Collectors.joining(", ")) + "}}";
        long start = System.nanoTime();
        HttpResponse<String> refused = json("/api/quizzes/nervous-system/score", huge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2000);

        String thirteenWrong = "{\"answers\": {" + IntStream.rangeClosed(1, 13).mapToObj(i -> "\"" + i + "\": 9")
                .collect(Collectors.joining(", ")) + "}}";
        HttpResponse<String> wrong = json("/api/quizzes/nervous-system/score", thirteenWrong);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("item 10: an answer is 1 to 5", "and 3 more").doesNotContain("item 11:");

        String tooMany = "{\"answers\": {" + IntStream.rangeClosed(1, 500).mapToObj(i -> "\"x" + i + "\": 1")
                .collect(Collectors.joining(", ")) + "}}";
        HttpResponse<String> many = json("/api/quizzes/nervous-system/score", tooMany);
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(many.body()).contains("there are 500 answers, but the quiz has only").hasSizeLessThan(1000);
    }

    @Test
    void anUnknownKeyIsNamedOnlyWhenItIsANumber() {
        HttpResponse<String> response = json("/api/quizzes/nervous-system/score",
                "{\"answers\": {\"<script>alert(1)</script>\": 1, \"99\": 1}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'99' is not an item", "a key that is not a number is not an item")
                .doesNotContain("<script>", "\\u003cscript");
    }

    @Test
    void aFormOver64KbIsA413PageInTheSiteDesign() {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-up");

        HttpResponse<String> response = visitor.post("/sign-up", "displayName", "R".repeat(70_000),
                "email", "robin@example.com", "password", "velvet harbour lantern orbit");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("That was more than we can take", "Nothing was saved");
    }

    /** An article is long prose: the editor takes up to a megabyte, where every other form takes 64 KB. */
    @Test
    void theJournalEditorTakesALongArticleButNotAnEndlessOne() {
        Visitor editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        editor.get("/editor/journal/new");
        String longArticle = Editors.source("a-long-one", "A long one", "Slow words. ".repeat(20_000));
        assertThat(longArticle.length()).isGreaterThan(200_000);

        HttpResponse<String> preview = editor.post("/editor/journal/preview", "source", longArticle);
        HttpResponse<String> endless = editor.post("/editor/journal/preview", "source", "x".repeat(1_100_000));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(endless.statusCode()).isEqualTo(413);
    }

    /** A multipart body is the container's to read (files may be large), but its text fields are checked all the same. */
    @Test
    void theTextFieldsOfAMultipartFormAreChecked() {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-up");
        String boundary = "temple-boundary";

        HttpResponse<String> nul = visitor.send("POST", "/sign-up", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, visitor.csrfToken(), "robin\u0000@example.com"));
        HttpResponse<String> fine = visitor.send("POST", "/sign-up", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, visitor.csrfToken(), "not an address"));

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(fine.statusCode()).as("read and answered by the form, not refused").isEqualTo(422);
    }

    /** The container throws on a null character in a file's name, from every reader: refused here, never a 500. */
    @Test
    void aNullCharacterInAFileNameIsRefused() {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-up");
        String boundary = "temple-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + visitor.csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.wav\"\r\n"
                + "Content-Type: audio/wav\r\n\r\nRIFF\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = visitor.send("POST", "/sign-up", "multipart/form-data; boundary=" + boundary, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("read what was sent");
    }

    private static byte[] multipart(String boundary, String csrf, String email) {
        StringBuilder body = new StringBuilder();
        for (String[] field : new String[][]{{"_csrf", csrf}, {"email", email}, {"displayName", "Robin"},
                {"password", "velvet harbour lantern orbit"}}) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(field[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Finding 7: the language links of an error page were built from whatever path was asked for. */
    @Test
    void theLanguageLinksOfAnErrorPageStayOnThisSite() {
        for (String path : List.of("//evil.example/", "//evil.example/x/")) {
            String body = new Http(port).get(path, "Accept", "text/html").body();

            assertThat(body).as(path).doesNotContain("//evil.example").contains("href=\"/?lang=sv\"");
        }
        assertThat(rawRequest("GET /\\evil.example/ HTTP/1.1", new byte[0])).doesNotContain("evil.example");
    }

    private HttpResponse<String> json(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body of unknown length, so the client sends it chunked. */
    private static Flow.Publisher<java.nio.ByteBuffer> chunks(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
    }

    /** A request line sent byte for byte as written (ISO-8859-1), which no HTTP client library allows. */
    private String rawRequest(String requestLine, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

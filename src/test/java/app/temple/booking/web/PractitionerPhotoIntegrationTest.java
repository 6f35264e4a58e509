package app.temple.booking.web;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.booking.DeskFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner uploads her photo at her desk, and her public pages show it, served by Temple with its own type and
 * caching; she replaces and removes it. What a file is comes from its bytes: a page named .png, an SVG, an empty
 * file are refused with 400, one over the limit with 413, each with a page that says why, and nothing is written.
 * The file's name on disk comes from her slug, never from the upload's name.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PractitionerPhotoIntegrationTest {

    /** Where a phone would say the picture was taken; none of it may reach the stored photo. */
    static final String PLACE = "GPS 59.3293N 18.0686E";
    static final byte[] PNG = PhotoSamples.pngWithText(PLACE);
    static final byte[] JPEG = PhotoSamples.jpegWithComment(PLACE);
    static final byte[] WEBP = PhotoSamples.webpWithExif(PLACE);
    static final String BOUNDARY = "----temple-photo-upload-51c2";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;
    @Value("${temple.media-dir}")
    Path mediaDir;

    private DeskFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = DeskFixtures.of(application);
    }

    @Test
    void herPhotoIsStoredUnderHerSlugAndShownOnHerPagesWithHerName() throws Exception {
        DeskFixtures.Desk desk = fixtures.desk("Photo Desk");
        String slug = desk.practitioner().slug();
        assertThat(download("/sessions/practitioners/" + slug + "/photo").statusCode()).isEqualTo(404);

        // the name and the declared type are the browser's word; the bytes say it is a PNG
        HttpResponse<String> saved = upload(desk.visitor(), "../../../etc/evil.html", "text/html", PNG);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(redirectPath(saved)).isEqualTo("/desk/profile?saved");
        Path stored = mediaDir.resolve("practitioners").resolve(slug + ".png");
        byte[] kept = Files.readAllBytes(stored);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).as("the place it was taken").doesNotContain(PLACE);
        assertThat(javax.imageio.ImageIO.read(stored.toFile()).getWidth()).isEqualTo(PhotoSamples.SIDE);
        assertThat(photoFiles()).noneMatch(name -> name.contains("evil") || name.endsWith(".part"));

        HttpResponse<byte[]> served = download("/sessions/practitioners/" + slug + "/photo");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(kept);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        assertThat(served.headers().firstValue("Cache-Control")).get().asString().contains("max-age=86400");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sessions/practitioners/"
                + slug + "/photo")).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);

        String photo = "/sessions/practitioners/" + slug + "/photo?v=";
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/sessions/practitioners/" + slug).body())
                .contains("<img src=\"" + photo).contains("alt=\"Photo Desk\"");
        assertThat(visitor.get("/sessions/practitioners").body()).contains("<img src=\"" + photo);
        assertThat(desk.visitor().get("/desk/profile").body()).contains("<img src=\"" + photo)
                .contains("class=\"quiet\" href=\"/desk/profile/photo/remove\"");
        assertThat(desk.visitor().get("/desk/profile/photo/remove").body()).as("removing asks first")
                .contains("Remove your photo?", "action=\"/desk/profile/photo/remove\"");

        // another format replaces it: one photo per practitioner
        assertThat(upload(desk.visitor(), "me.jpg", "image/jpeg", JPEG).statusCode()).isEqualTo(302);
        assertThat(stored).doesNotExist();
        Path jpeg = mediaDir.resolve("practitioners").resolve(slug + ".jpg");
        assertThat(new String(Files.readAllBytes(jpeg), StandardCharsets.ISO_8859_1)).doesNotContain(PLACE);
        assertThat(javax.imageio.ImageIO.read(jpeg.toFile()).getHeight()).isEqualTo(PhotoSamples.SIDE);
        assertThat(download("/sessions/practitioners/" + slug + "/photo").headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");

        assertThat(download("/sessions/practitioners/" + slug + "/photo").statusCode()).as("asking removed nothing").isEqualTo(200);
        desk.visitor().get("/desk/profile");
        assertThat(desk.visitor().post("/desk/profile/photo/remove").statusCode()).isEqualTo(302);
        assertThat(download("/sessions/practitioners/" + slug + "/photo").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/sessions/practitioners/" + slug).body()).doesNotContain(photo)
                .contains("/booking/portraits/");
    }

    @Test
    void whatIsNotAPhotoIsRefusedWithAPageThatSaysWhyAndNothingIsWritten() throws Exception {
        DeskFixtures.Desk desk = fixtures.desk("Refused Photo Desk");
        String slug = desk.practitioner().slug();
        assertThat(upload(desk.visitor(), "me.webp", "image/webp", WEBP).statusCode()).isEqualTo(302);
        Path stored = mediaDir.resolve("practitioners").resolve(slug + ".webp");
        byte[] kept = Files.readAllBytes(stored);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain(PLACE).doesNotContain("EXIF")
                .contains("VP8L");

        HttpResponse<String> html = upload(desk.visitor(), "me.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(400);
        assertThat(html.body()).contains("not a JPEG, PNG or WebP picture").contains("aria-invalid=\"true\"");

        HttpResponse<String> svg = upload(desk.visitor(), "me.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertThat(svg.statusCode()).isEqualTo(400);

        HttpResponse<String> empty = upload(desk.visitor(), "", "application/octet-stream", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Choose a photo to upload.");

        byte[] large = Arrays.copyOf(PNG, 2 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = upload(desk.visitor(), "big.png", "image/png", large);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than 2 MB");

        // the photo she had is untouched, and no other file or leftover was written
        assertThat(stored).hasBinaryContent(kept);
        assertThat(photoFiles()).filteredOn(name -> name.startsWith(slug)).containsExactly(slug + ".webp");
        assertThat(photoFiles()).noneMatch(name -> name.endsWith(".part"));
    }

    @Test
    void hostileFileNamesAreNeverAServerErrorAndNeverNameAFile() throws Exception {
        DeskFixtures.Desk desk = fixtures.desk("Hostile Photo Desk");
        String slug = desk.practitioner().slug();
        for (String name : List.of("<script>alert(1)</script>.png", "../../../../tmp/x.png", "a\u0000b.png",
                "x".repeat(5_000) + ".png", "\u202egnp.exe", "C:\\Windows\\x.png")) {
            // a name too long for the container's part headers is refused by it with 413, before any controller
            HttpResponse<String> answer = upload(desk.visitor(), name, "image/png", PNG);
            assertThat(answer.statusCode()).as(name.substring(0, Math.min(20, name.length()))).isIn(302, 400, 413);
            assertThat(answer.body()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(photoFiles()).filteredOn(file -> !file.startsWith("desk-") || file.endsWith(".part")).isEmpty();
        assertThat(photoFiles()).filteredOn(file -> file.startsWith(slug)).containsExactly(slug + ".png");

        // a form without a file (sent as an ordinary form) says so
        desk.visitor().get("/desk/profile");
        HttpResponse<String> noFile = desk.visitor().post("/desk/profile/photo");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("Choose a photo to upload.");
    }

    private HttpResponse<String> upload(Visitor practitioner, String fileName, String declaredType, byte[] file) {
        practitioner.get("/desk/profile");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + practitioner.csrfToken() + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return practitioner.send("POST", "/desk/profile/photo", "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private List<String> photoFiles() throws Exception {
        Path folder = mediaDir.resolve("practitioners");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}

package app.temple.course;

import app.temple.Visitor;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A lesson media upload as a browser's multipart form sends it: the form token, the file, and any other fields. */
final class MediaUploadForm {

    static final String BOUNDARY = "----temple-media-upload-7f3a";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private MediaUploadForm() {
    }

    /** Reads the media page for a fresh token, then uploads the file as {@code fileName} with the declared type. */
    static HttpResponse<String> upload(Visitor editor, String action, String fileName, String declaredType, byte[] file,
                                       String... fields) {
        editor.get("/editor/media");
        return editor.send("POST", action, CONTENT_TYPE, body(editor.csrfToken(), fileName, declaredType, file, fields));
    }

    static byte[] body(String csrf, String fileName, String declaredType, byte[] file, String... fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "_csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            field(body, fields[i], fields[i + 1]);
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}

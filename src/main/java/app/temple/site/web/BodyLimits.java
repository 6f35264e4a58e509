package app.temple.site.web;

import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * How large a request body each part of the site takes. The API's answers are a few dozen numbers, so 16 KB is
 * generous; a form of ours is a few short fields, except the Journal editor, whose article body is long prose.
 *
 * @param api    bodies sent to {@code /api/**}
 * @param editor bodies sent to {@code /editor/**}
 * @param other  every other body: forms, sign-in, passkeys
 * @param upload multipart bodies sent to a path under one of {@code uploadPaths}: files, such as lesson recordings
 */
record BodyLimits(DataSize api, DataSize editor, DataSize other, DataSize upload, List<String> uploadPaths) {

    /** The limit in bytes for a request to this path. */
    int of(String path) {
        DataSize limit = path.startsWith("/api/") ? api : path.startsWith("/editor/") ? editor : other;
        return (int) limit.toBytes();
    }

    /**
     * The limit for a multipart body to this path. The container parses one, into temporary files, before Spring
     * Security has seen who sent it, so only the upload paths take files; any other path takes a multipart body
     * no larger than its form would be.
     */
    long ofMultipart(String path) {
        return uploadPaths.stream().anyMatch(path::startsWith) ? upload.toBytes() : of(path);
    }
}

package app.temple.site.web;

import org.springframework.util.unit.DataSize;

/**
 * How large a request body each part of the site takes. The API's answers are a few dozen numbers, so 16 KB is
 * generous; a form of ours is a few short fields, except the Journal editor, whose article body is long prose.
 *
 * @param api    bodies sent to {@code /api/**}
 * @param editor bodies sent to {@code /editor/**}
 * @param other  every other body: forms, sign-in, passkeys
 */
record BodyLimits(DataSize api, DataSize editor, DataSize other) {

    /** The limit in bytes for a request to this path. */
    int of(String path) {
        DataSize limit = path.startsWith("/api/") ? api : path.startsWith("/editor/") ? editor : other;
        return (int) limit.toBytes();
    }
}

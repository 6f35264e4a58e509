package app.temple.content;

/**
 * A content file as read from disk.
 *
 * @param path the path relative to the content root, with forward slashes, e.g. {@code journal/x.md}
 * @param text the whole file as UTF-8 text
 * @param hash the SHA-256 of the file's bytes, lowercase hex
 */
public record ContentFile(String path, String text, String hash) {

    /** The file name without folders and without its last extension. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public MalformedContentException malformed(int line, String reason) {
        return new MalformedContentException(path, line, reason);
    }
}

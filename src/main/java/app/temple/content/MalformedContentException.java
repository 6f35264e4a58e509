package app.temple.content;

/** A content file that cannot be loaded; the message names the file and, where known, the line. */
public class MalformedContentException extends RuntimeException {

    private final String path;
    private final int line;
    private final String reason;

    /**
     * @param path the file, relative to the content root
     * @param line the 1-based line, or 0 when the problem is not on one line
     */
    public MalformedContentException(String path, int line, String reason) {
        super("content/" + path + (line > 0 ? " line " + line : "") + ": " + reason);
        this.path = path;
        this.line = line;
        this.reason = reason;
    }

    /** What is wrong, without the file and line: for a writer who sees the text itself, not a file. */
    public String reason() {
        return reason;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }
}

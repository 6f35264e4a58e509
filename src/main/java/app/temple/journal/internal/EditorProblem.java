package app.temple.journal.internal;

/**
 * Why an editor's change cannot be saved: a message key for the form, or (for a source that cannot be read)
 * the reader's explanation itself.
 */
public class EditorProblem extends RuntimeException {

    private final String messageKey;
    private final String detail;

    public EditorProblem(String messageKey) {
        this(messageKey, null);
    }

    public EditorProblem(String messageKey, String detail) {
        super(messageKey);
        this.messageKey = messageKey;
        this.detail = detail;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The parser's explanation (file line and reason), or null. */
    public String detail() {
        return detail;
    }
}

package app.temple.content;

import java.util.regex.Pattern;

/**
 * Which document a revision belongs to: its kind and its key within the kind, e.g. {@code journal} and an article's
 * id, or {@code lesson} and {@code foundation/f1-1/en}.
 */
public record DocumentKey(String kind, String key) {

    private static final Pattern KIND = Pattern.compile("journal|lesson");

    public DocumentKey {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("unknown document kind " + kind);
        }
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a document key must be 1 to 200 characters");
        }
    }
}

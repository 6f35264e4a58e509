package app.temple.content;

import java.util.Arrays;

/** Where a revision's source came from. */
public enum RevisionOrigin {
    /** A content file, new or changed since the last start. */
    FILE,
    /** An editor saved it in the web UI. */
    EDITOR,
    /** An editor made an earlier revision current again. */
    RESTORE,
    /** An editor took an article back to draft: the same text, as its own step in the history. */
    UNPUBLISH;

    /** The name stored and shown, e.g. {@code file}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RevisionOrigin of(String key) {
        return Arrays.stream(values()).filter(origin -> origin.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no revision origin " + key));
    }
}

package app.temple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fuzz input read as form fields, one per line, so that a committed input is a text file anyone can read and
 * write: a missing line is an absent field (null), and the last field takes the rest of the input, newlines and all.
 */
public final class FuzzFields {

    private final List<String> fields;

    private FuzzFields(List<String> fields) {
        this.fields = fields;
    }

    /** Splits {@code input}, read as UTF-8 (broken sequences become U+FFFD, as a form's would), into {@code count} fields. */
    public static FuzzFields of(byte[] input, int count) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", count);
        return new FuzzFields(Arrays.asList(Arrays.copyOf(lines, count)));
    }

    /** The field at {@code index} (0-based), or null when the input ended before it. */
    public String get(int index) {
        return fields.get(index);
    }
}

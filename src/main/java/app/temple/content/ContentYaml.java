package app.temple.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/**
 * Reads YAML documents and Markdown front matter from content files, turning every parse error into a
 * {@link MalformedContentException} that names the file and line.
 */
public final class ContentYaml {

    private static final String FENCE = "---";

    private ContentYaml() {
    }

    /** Parses the whole file as one YAML mapping. */
    public static Map<String, Object> parse(ContentFile file) {
        return parse(file, file.text(), 0);
    }

    /** Splits a Markdown file into its YAML front matter and its body. */
    public static FrontMatter frontMatter(ContentFile file) {
        String text = file.text().replace("\r\n", "\n");
        if (!text.startsWith(FENCE + "\n")) {
            throw file.malformed(1, "expected front matter starting with '---'");
        }
        int end = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        if (end < 0 && text.endsWith("\n" + FENCE)) {
            end = text.length() - FENCE.length() - 1;
        }
        if (end < 0) {
            throw file.malformed(1, "front matter is not closed by a line with '---'");
        }
        String yaml = text.substring(FENCE.length() + 1, end + 1);
        String body = text.substring(Math.min(text.length(), end + FENCE.length() + 2));
        int bodyLine = (int) yaml.lines().count() + 3;
        return new FrontMatter(parse(file, yaml, 1), body, bodyLine);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(ContentFile file, String yaml, int lineOffset) {
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(document instanceof Map<?, ?> map)) {
                throw file.malformed(lineOffset + 1, "expected a YAML mapping of keys to values");
            }
            return (Map<String, Object>) map;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            throw file.malformed(line, e.getProblem() == null ? "invalid YAML" : e.getProblem());
        } catch (YAMLException e) {
            throw file.malformed(0, "invalid YAML: " + e.getMessage());
        }
    }

    /**
     * A date as YAML gives it: SnakeYAML reads {@code 2026-11-21} as a midnight-UTC {@link Date}, a quoted
     * one stays text. Returns null for null.
     *
     * @throws IllegalArgumentException when the value is not an ISO date
     */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date like 2026-11-21, got '" + value + "'");
        }
    }

    /**
     * @param data     the front matter
     * @param body     the Markdown after the closing fence
     * @param bodyLine the 1-based line of the file on which the body starts
     */
    public record FrontMatter(Map<String, Object> data, String body, int bodyLine) {
    }
}

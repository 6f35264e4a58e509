package app.temple.quiz.internal;

/**
 * One thing a quiz scores, on 0–100.
 *
 * @param key           the short name rules use, e.g. {@code S}
 * @param partneredOnly asked only of someone in a relationship (the Desire Journey's Closeness Loop)
 */
public record Dimension(String key, Text name, Text low, Text high, boolean partneredOnly) {
}

package app.temple.quiz.internal;

/**
 * One thing a quiz scores, on 0–100.
 *
 * @param key           the short name rules use, e.g. {@code S}
 * @param low           a few words for the low end, e.g. "rarely settled"
 * @param high          a few words for the high end
 * @param meansLow      a short sentence saying what a low score means; the {@code low} words when the file gives none
 * @param meansHigh     a short sentence saying what a high score means; the {@code high} words when the file gives none
 * @param partneredOnly asked only of someone in a relationship (the Desire Journey's Closeness Loop)
 */
public record Dimension(String key, Text name, Text low, Text high, Text meansLow, Text meansHigh,
                        boolean partneredOnly) {
}

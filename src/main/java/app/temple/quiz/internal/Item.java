package app.temple.quiz.internal;

/**
 * One question.
 *
 * @param number          1-based, as rules name it ({@code item.5})
 * @param reverse         scored {@code 6 − answer}
 * @param unpartneredText the wording for someone not in a relationship; null when the same
 */
public record Item(int number, String dimension, boolean reverse, Text text, Text unpartneredText) {

    public Text textFor(boolean partnered) {
        return partnered || unpartneredText == null ? text : unpartneredText;
    }
}

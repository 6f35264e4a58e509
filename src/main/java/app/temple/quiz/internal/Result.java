package app.temple.quiz.internal;

import java.util.List;
import java.util.Map;

/**
 * A scored quiz.
 *
 * @param scores   every dimension she was asked about, 0–100, or null when fewer than 75% of its items were
 *                 answered; in the quiz's order
 * @param profile  the first profile whose rule matched; null when a rule needed a score she has not got
 *                 ("not enough answers to suggest a profile")
 * @param blend    the two dimensions the profile names together, or empty
 * @param overlays the overlay tags that apply
 */
public record Result(QuizDefinition quiz, Answers answers, Map<String, Integer> scores, Outcome profile,
                     List<String> blend, List<Outcome> overlays) {

    public boolean enoughAnswers() {
        return profile != null;
    }

    /** The score rounded to the nearest 5, as the page shows it, so it does not look falsely precise. */
    public static int shown(int score) {
        return (score + 2) / 5 * 5;
    }

    /** "lighter", "middle" or "stronger": labels, not norms. */
    public static String band(int score) {
        return score <= 33 ? "lighter" : score <= 66 ? "middle" : "stronger";
    }

    /** Never the answers or the scores: this may end up in a log line. */
    @Override
    public String toString() {
        return "Result[" + quiz.slug() + " v" + quiz.version() + ", redacted]";
    }
}

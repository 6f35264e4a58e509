package app.temple.quiz.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the shape of answers keyed by item number (the API's score request) before any of them is read: never more
 * answers than the quiz has items, and each key written as the plain item number. Without the second rule "1", "01",
 * "+1" and "١" (an Arabic-Indic one) would all be read as item 1, the last one silently winning.
 */
public final class NumberedAnswers {

    private static final Pattern ITEM_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    private NumberedAnswers() {
    }

    /**
     * What is wrong with the keys of {@code given}, in plain words; empty when nothing is. More answers than items is
     * reported alone, without looking at any key, so a huge request costs one comparison. Keys that are not numbers
     * at all are left to the caller, which reports every item it cannot place.
     */
    public static List<String> problems(QuizDefinition quiz, Map<String, ?> given) {
        if (given == null) {
            return List.of();
        }
        int items = quiz.items().size();
        if (given.size() > items) {
            return List.of("there are " + given.size() + " answers, but this quiz has " + items + " items");
        }
        List<String> problems = new ArrayList<>();
        for (String key : given.keySet()) {
            if (!ITEM_NUMBER.matcher(key).matches() && isNumber(key)) {
                problems.add("'" + key + "' is not written as an item number: write 1 to " + items);
            }
        }
        return problems;
    }

    private static boolean isNumber(String key) {
        try {
            Integer.parseInt(key);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

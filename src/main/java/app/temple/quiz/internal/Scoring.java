package app.temple.quiz.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring every quiz shares (content/quizzes.md, sections 0.1, 0.2 and 1): reverse keys, a dimension's mean
 * only when enough of its items were answered (how many is the quiz version's {@link ScoringRules}), normalised to
 * 0–100, then the profile rules in order and the overlay tags. Pure: nothing is stored, nothing is logged.
 */
public final class Scoring {

    private Scoring() {
    }

    public static Result score(QuizDefinition quiz, Answers answers) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Dimension dimension : quiz.dimensions()) {
            if (dimension.partneredOnly() && !answers.partnered()) {
                continue;
            }
            scores.put(dimension.key(), dimensionScore(quiz.scoring(), quiz.itemsOf(dimension.key()), answers));
        }
        Rule.Values values = values(quiz, answers, scores);
        Outcome profile = null;
        for (Outcome candidate : quiz.profiles()) {
            Rule.Truth truth = candidate.rule().evaluate(values);
            if (truth == Rule.Truth.TRUE) {
                profile = candidate;
                break;
            }
            if (truth == Rule.Truth.MISSING) {
                break;
            }
        }
        List<Outcome> overlays = quiz.overlays().stream()
                .filter(overlay -> overlay.rule().evaluate(values) == Rule.Truth.TRUE).toList();
        return new Result(quiz, answers, scores, profile, blend(quiz, profile, scores), overlays);
    }

    /**
     * {@code round((mean − 1) / 4 × 100)}, or null when fewer items were answered than {@code rules} need. Reversed
     * items count {@code 6 − answer}.
     */
    static Integer dimensionScore(ScoringRules rules, List<Item> items, Answers answers) {
        int answered = 0;
        int sum = 0;
        for (Item item : items) {
            int raw = answers.item(item.number());
            if (raw >= 1 && raw <= 5) {
                answered++;
                sum += item.reverse() ? 6 - raw : raw;
            }
        }
        if (!rules.enough(answered, items.size())) {
            return null;
        }
        // exact: 100 * (mean - 1) / 4 = 100 * (sum - n) / (4n), rounded half up
        long numerator = 100L * (sum - answered);
        long denominator = 4L * answered;
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }

    private static List<String> blend(QuizDefinition quiz, Outcome profile, Map<String, Integer> scores) {
        if (profile == null || profile.blendWithin() <= 0 || scores.values().stream().anyMatch(v -> v == null)
                || scores.size() < 2) {
            return List.of();
        }
        List<String> order = new ArrayList<>(scores.keySet());
        List<String> ranked = order.stream()
                .sorted(Comparator.<String>comparingInt(scores::get).reversed().thenComparingInt(order::indexOf))
                .toList();
        int gap = scores.get(ranked.get(0)) - scores.get(ranked.get(1));
        return gap <= profile.blendWithin() ? List.of(ranked.get(0), ranked.get(1)) : List.of();
    }

    private static Rule.Values values(QuizDefinition quiz, Answers answers, Map<String, Integer> scores) {
        Map<String, Integer> derived = new LinkedHashMap<>();
        Rule.Values dimensionsOnly = new Rule.Values() {
            public Integer get(String name) {
                return scores.get(name);
            }

            public List<String> group(String name) {
                return List.of();
            }
        };
        for (Derived value : quiz.derived()) {
            derived.put(value.key(), value.term().value(dimensionsOnly));
        }
        return new Rule.Values() {
            public Integer get(String name) {
                if (name.startsWith("item.")) {
                    int raw = answers.item(Integer.parseInt(name.substring(5)));
                    return raw >= 1 ? raw : null;
                }
                return scores.containsKey(name) ? scores.get(name) : derived.get(name);
            }

            public List<String> group(String name) {
                return quiz.group(name);
            }
        };
    }
}

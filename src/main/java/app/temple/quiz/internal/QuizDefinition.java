package app.temple.quiz.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz as its file defines it, validated. Immutable; a changed quiz is a new version.
 *
 * @param scoring          the rule set that decides when a dimension has enough answers; fixed per version
 * @param scale            {@code frequency} or {@code self-description}: the words of the five answers
 * @param relationship     whether the quiz opens with the unscored "are you in a relationship?" question
 * @param safetyQuestion   whether the unscored safety question comes before the results
 * @param partnerComparison whether a member may invite a partner to compare
 * @param facts            what research says that the result page states, each with its citation in the text
 * @param profileRules     how this version chooses a profile, in words, for the how-it-works page; may be null
 * @param links            {@code journal}, {@code lesson}, {@code session}: where to read or go on
 * @param guidance         what this quiz adds to the shared safety and method texts (each part optional)
 */
public record QuizDefinition(String slug, int version, ScoringRules scoring, int order, int minutes, Text title, Text summary,
                             Text instruction, String scale, boolean relationship, boolean safetyQuestion,
                             boolean partnerComparison, List<Dimension> dimensions, List<Item> items,
                             List<Derived> derived, List<Outcome> profiles, List<Outcome> overlays, Text about,
                             Text meaning, Text disclaimer, Text critique, Text safeAdvice, List<Text> facts,
                             Text profileRules, List<Citation> citations,
                             Map<String, String> links, Guidance guidance) {

    public static final List<String> SCALES = List.of("frequency", "self-description");

    public Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The items she is asked, in order: partnered-only dimensions are left out for someone not partnered. */
    public List<Item> itemsFor(boolean partnered) {
        return items.stream().filter(item -> partnered || !dimension(item.dimension()).orElseThrow().partneredOnly()).toList();
    }

    public List<Item> itemsOf(String dimension) {
        return items.stream().filter(item -> item.dimension().equals(dimension)).toList();
    }

    /** The names of a value group in order: {@code dimensions} or a group of derived values. */
    public List<String> group(String name) {
        if (Rule.DIMENSIONS.equals(name)) {
            return dimensions.stream().map(Dimension::key).toList();
        }
        return derived.stream().filter(d -> d.group().equals(name)).map(Derived::key).toList();
    }

    public Optional<Outcome> profile(String key) {
        return profiles.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}

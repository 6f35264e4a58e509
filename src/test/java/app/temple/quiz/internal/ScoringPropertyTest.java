package app.temple.quiz.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static app.temple.quiz.internal.QuizContentFiles.quiz;
import static org.assertj.core.api.Assertions.assertThat;

/** Random answer sets with a fixed seed: scores stay in 0–100, skips never count, every full set gets a profile. */
class ScoringPropertyTest {

    static final List<String> SLUGS = List.of("nervous-system", "desire-journey", "communication-style", "attachment",
            "sexual-shame");

    @Test
    void scoresAlwaysLieBetweenZeroAndHundredAndAFullSetAlwaysHasAProfile() {
        Random random = new Random(20261121);
        for (String slug : SLUGS) {
            QuizDefinition quiz = quiz(slug);
            for (int run = 0; run < 2_000; run++) {
                Answers answers = random(quiz, random, run % 2 == 0 ? 0.0 : 0.3);
                Result result = Scoring.score(quiz, answers);
                result.scores().values().stream().filter(v -> v != null)
                        .forEach(score -> assertThat(score).isBetween(0, 100));
                if (!answers.encoded().contains("x")) {
                    assertThat(result.profile()).as(slug + " " + answers.encoded()).isNotNull();
                }
            }
        }
    }

    @Test
    void aSkippedItemNeverCounts() {
        Random random = new Random(7);
        for (String slug : SLUGS) {
            QuizDefinition quiz = quiz(slug);
            for (int run = 0; run < 500; run++) {
                Answers answers = random(quiz, random, 0.0);
                int number = 1 + random.nextInt(quiz.items().size());
                Answers skipped = answers.withItem(number, Answers.SKIPPED);
                String dimension = quiz.items().get(number - 1).dimension();
                List<Item> others = quiz.itemsOf(dimension).stream().filter(item -> item.number() != number).toList();
                boolean notAsked = !skipped.partnered() && quiz.dimension(dimension).orElseThrow().partneredOnly();
                Integer expected = notAsked || !quiz.scoring().enough(others.size(), quiz.itemsOf(dimension).size())
                        ? null : Scoring.dimensionScore(quiz.scoring(), others, skipped);
                Integer actual = Scoring.score(quiz, skipped).scores().get(dimension);
                assertThat(actual).as(slug + " item " + number).isEqualTo(expected);
                // changing the skipped item's hidden value cannot move the score
                for (int value = 1; value <= 5; value++) {
                    Integer other = Scoring.dimensionScore(quiz.scoring(), others, answers.withItem(number, value));
                    assertThat(other).isEqualTo(Scoring.dimensionScore(quiz.scoring(), others, skipped));
                }
            }
        }
    }

    private static Answers random(QuizDefinition quiz, Random random, double skipRate) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < quiz.items().size(); i++) {
            items.append(random.nextDouble() < skipRate ? 'x' : (char) ('1' + random.nextInt(5)));
        }
        String relationship = quiz.relationship() ? List.of("yes", "no", "complicated").get(random.nextInt(3)) : null;
        return Answers.decode(quiz, items.toString(), relationship, null);
    }
}

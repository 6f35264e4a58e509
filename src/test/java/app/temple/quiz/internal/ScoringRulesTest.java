package app.temple.quiz.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How many answers a dimension needs, by rule set, exactly as the tables of content/quizzes.md §0.1 and §0.2 give. */
class ScoringRulesTest {

    @Test
    void ruleSetTwoNeedsTwoThirdsAndNeverFewerThanTwo() {
        int[][] needed = {{2, 2}, {3, 2}, {4, 3}, {5, 4}, {6, 4}};
        for (int[] row : needed) {
            assertThat(ScoringRules.TWO.answersNeeded(row[0])).as(row[0] + " items").isEqualTo(row[1]);
        }
        assertThat(ScoringRules.TWO.answersNeeded(1)).as("a one-item dimension needs its item").isEqualTo(1);
    }

    @Test
    void ruleSetOneNeedsThreeQuarters() {
        int[][] needed = {{2, 2}, {3, 3}, {4, 3}, {5, 4}, {6, 5}};
        for (int[] row : needed) {
            assertThat(ScoringRules.ONE.answersNeeded(row[0])).as(row[0] + " items").isEqualTo(row[1]);
        }
    }

    @Test
    void nothingAnsweredIsNeverEnough() {
        assertThat(ScoringRules.ONE.enough(0, 1)).isFalse();
        assertThat(ScoringRules.TWO.enough(0, 1)).isFalse();
        assertThat(ScoringRules.TWO.enough(1, 1)).isTrue();
    }

    @Test
    void aFileNamesItsRuleSetByNumber() {
        assertThat(ScoringRules.numbered(1)).isEqualTo(ScoringRules.ONE);
        assertThat(ScoringRules.numbered(2)).isEqualTo(ScoringRules.TWO);
        assertThat(ScoringRules.numbered(3)).isNull();
    }
}

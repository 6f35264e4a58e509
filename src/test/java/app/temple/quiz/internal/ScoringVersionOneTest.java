package app.temple.quiz.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.temple.quiz.internal.QuizContentFiles.all;
import static app.temple.quiz.internal.QuizContentFiles.answers;
import static app.temple.quiz.internal.QuizContentFiles.version1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quizzes as version 1 published them still score exactly as content/quizzes.md §0.1 says, so that a result or a
 * comparison kept under version 1 means what it meant: a file without {@code scoring} is rule set 1, and its rules
 * keep their ≥ 50 thresholds.
 */
class ScoringVersionOneTest {

    final QuizDefinition communication = version1("communication-style");
    final QuizDefinition attachment = version1("attachment");
    final QuizDefinition desire = version1("desire-journey");
    final QuizDefinition nervous = version1("nervous-system");

    @Test
    void aFileWithoutScoringIsRuleSetOne() {
        assertThat(communication.version()).isEqualTo(1);
        assertThat(communication.scoring()).isEqualTo(ScoringRules.ONE);
        assertThat(attachment.scoring()).isEqualTo(ScoringRules.ONE);
    }

    @Test
    void everyAnswerThreeWasHeatedStartAndPushPull() {
        assertThat(Scoring.score(communication, all(communication, '3')).profile().key()).as("Heat wins the tie at 50")
                .isEqualTo("heated-start");
        Result attached = Scoring.score(attachment, all(attachment, '3'));
        assertThat(attached.profile().key()).isEqualTo("push-pull");
        assertThat(attached.overlays()).extracting(Outcome::key).containsExactly("close-to-line");
    }

    @Test
    void oneSkipAmongThreeItemsLeftNoScore() {
        Result result = Scoring.score(desire, answers(desire, "3x3" + "333" + "33" + "333" + "333"));
        assertThat(result.scores()).containsEntry("SP", null);
        assertThat(result.profile()).as("version 1: not enough answers").isNull();
    }

    @Test
    void sixItemsNeededFive() {
        assertThat(Scoring.score(attachment, answers(attachment, "3333xx" + "333333")).scores()).containsEntry("AX", null);
        assertThat(Scoring.score(attachment, answers(attachment, "33333x" + "333333")).scores()).containsEntry("AX", 50);
    }

    @Test
    void theExamplesThatStillHoldHeldThen() {
        assertThat(Scoring.score(nervous, all(nervous, '5')).scores())
                .containsExactly(Map.entry("S", 60), Map.entry("R", 75), Map.entry("D", 75));
        assertThat(Scoring.score(nervous, all(nervous, '5')).profile().key()).isEqualTo("swinging");
        assertThat(Scoring.score(attachment, all(attachment, '5')).profile().key()).isEqualTo("push-pull");
        assertThat(Scoring.score(communication, all(communication, '5')).profile().key()).isEqualTo("heated-start");
    }
}

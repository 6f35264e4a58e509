package app.temple.quiz.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.temple.quiz.internal.QuizContentFiles.all;
import static app.temple.quiz.internal.QuizContentFiles.answers;
import static app.temple.quiz.internal.QuizContentFiles.quiz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quizzes as published now (version 3, scoring rule set 2): the worked examples of content/quizzes.md §0.1 that
 * still hold, those of §0.2, and one case per profile, computed by hand. The version 1 examples that §0.2 changed are
 * in {@link ScoringVersionOneTest}.
 */
class ScoringTest {

    final QuizDefinition nervous = quiz("nervous-system");
    final QuizDefinition desire = quiz("desire-journey");
    final QuizDefinition communication = quiz("communication-style");
    final QuizDefinition attachment = quiz("attachment");

    @Test
    void theFourQuizzesHaveTheirNumberOfItems() {
        assertThat(nervous.items()).hasSize(13);
        assertThat(desire.items()).hasSize(14);
        assertThat(communication.items()).hasSize(14);
        assertThat(attachment.items()).hasSize(12);
    }

    // --- worked examples

    @Test
    void theFourQuizzesAreScoredByRuleSetTwo() {
        assertThat(java.util.List.of(nervous, desire, communication, attachment))
                .allSatisfy(quiz -> assertThat(quiz.scoring()).isEqualTo(ScoringRules.TWO))
                .allSatisfy(quiz -> assertThat(quiz.version()).as("rule set 2 is released as content version 3").isEqualTo(3));
    }

    @Test
    void everyAnswerThreeScoresFiftyEverywhere() {
        assertThat(Scoring.score(nervous, all(nervous, '3')).scores()).containsOnly(Map.entry("S", 50), Map.entry("R", 50), Map.entry("D", 50));
        assertThat(profile(nervous, all(nervous, '3'))).isEqualTo("in-between");
        assertThat(profile(desire, all(desire, '3'))).isEqualTo("flexible-flow");
        assertThat(profile(communication, all(communication, '3'))).as("§0.2 rule 3: no need is above 50").isEqualTo("steady-connector");
        Result attached = Scoring.score(attachment, all(attachment, '3'));
        assertThat(attached.scores()).containsExactly(Map.entry("AX", 50), Map.entry("AV", 50));
        assertThat(attached.profile().key()).as("§0.2 rule 2: 50 is not high").isEqualTo("secure-leaning");
        assertThat(attached.overlays()).extracting(Outcome::key).containsExactly("close-to-line");
    }

    // --- the worked examples of §0.2

    @Test
    void desireEveryAnswerThreeButItemTwoSkippedIsFlexibleFlow() {
        Result result = Scoring.score(desire, answers(desire, "3x3" + "333" + "33" + "333" + "333"));
        assertThat(result.scores()).as("SP has 2 of 3 answered: scored").containsEntry("SP", 50).containsEntry("RS", 50);
        assertThat(result.profile().key()).isEqualTo("flexible-flow");
    }

    @Test
    void communicationEveryAnswerThreeButItemThirteenSkippedHasNotEnoughAnswers() {
        Result result = Scoring.score(communication, answers(communication, "333" + "333" + "333" + "333" + "x3"));
        assertThat(result.scores()).as("OP has 1 of 2").containsEntry("OP", null).containsEntry("GS", 50);
        assertThat(result.profile()).isNull();
        assertThat(result.enoughAnswers()).isFalse();
    }

    @Test
    void nervousSystemEveryAnswerThreeButItemsOneAndTwoSkippedHasNotEnoughAnswers() {
        Result result = Scoring.score(nervous, answers(nervous, "xx333" + "3333" + "3333"));
        assertThat(result.scores()).as("S has 3 of 5, needs 4").containsEntry("S", null)
                .containsEntry("R", 50).containsEntry("D", 50);
        assertThat(result.profile()).as("R and D are 50, so Swinging between does not fire; the next rule needs S").isNull();
    }

    @Test
    void attachmentEveryAnswerFourIsPushPullCloseToTheLine() {
        Result result = Scoring.score(attachment, all(attachment, '4'));
        assertThat(result.scores()).as("(4·4 + 2 + 2)/6 = 3.33").containsExactly(Map.entry("AX", 58), Map.entry("AV", 58));
        assertThat(result.profile().key()).isEqualTo("push-pull");
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("close-to-line");
    }

    @Test
    void attachmentJustAboveFiftyIsHighAndFiftyIsNot() {
        // AX: 4,3,3,3,(R)3,(R)3 -> 19/6 = 3.17 -> 54; AV all 3 -> 50
        assertThat(profile(attachment, answers(attachment, "433333" + "333333"))).isEqualTo("closeness-seeking");
        assertThat(profile(attachment, answers(attachment, "333333" + "433333"))).isEqualTo("space-seeking");
    }

    @Test
    void communicationNeedOfExactlyFiftySetsNoProfileButAboveFiftyDoes() {
        // every answer 3 but item 5 (HT) is 4: HT = (3+4+3)/3 = 3.33 -> 58, every other need 50
        assertThat(profile(communication, answers(communication, "333" + "343" + "333" + "333" + "33"))).isEqualTo("heated-start");
        // SD 3,4,3 -> 58
        assertThat(profile(communication, answers(communication, "333" + "333" + "343" + "333" + "33"))).isEqualTo("quiet-retreat");
        // OP: 13 is 2 -> (2 + 3)/2 = 2.5 -> 38, need 62
        assertThat(profile(communication, answers(communication, "333" + "333" + "333" + "333" + "23"))).isEqualTo("unspoken-needs");
    }

    @Test
    void nervousSystemEveryAnswerFiveSwingsBetween() {
        Result result = Scoring.score(nervous, all(nervous, '5'));
        assertThat(result.scores()).containsExactly(Map.entry("S", 60), Map.entry("R", 75), Map.entry("D", 75));
        assertThat(result.profile().key()).isEqualTo("swinging");
    }

    @Test
    void nervousSystemEveryAnswerOneFallsBackToInBetween() {
        Result result = Scoring.score(nervous, all(nervous, '1'));
        assertThat(result.scores()).containsExactly(Map.entry("S", 40), Map.entry("R", 25), Map.entry("D", 25));
        assertThat(result.profile().key()).as("S highest but below 60, top two 15 apart").isEqualTo("in-between-fallback");
        assertThat(result.blend()).as("15 apart: no blend").isEmpty();
    }

    @Test
    void attachmentEveryAnswerFiveIsPushPull() {
        Result result = Scoring.score(attachment, all(attachment, '5'));
        assertThat(result.scores()).containsExactly(Map.entry("AX", 67), Map.entry("AV", 67));
        assertThat(result.profile().key()).isEqualTo("push-pull");
        assertThat(result.overlays()).isEmpty();
    }

    @Test
    void communicationEveryAnswerFiveIsHeatedStart() {
        Result result = Scoring.score(communication, all(communication, '5'));
        assertThat(result.scores()).containsExactly(Map.entry("GS", 67), Map.entry("HT", 100), Map.entry("SD", 67),
                Map.entry("RT", 100), Map.entry("OP", 50));
        assertThat(result.profile().key()).isEqualTo("heated-start");
    }

    // --- reverse keys and the enough-answers rule

    @Test
    void reverseKeyedItemsCountSixMinusTheAnswer() {
        // S: items 1-3 answered 5, reversed items 4-5 answered 1 -> all count 5 -> 100
        Result result = Scoring.score(nervous, answers(nervous, "55511" + "1115" + "1115"));
        assertThat(result.scores()).containsExactly(Map.entry("S", 100), Map.entry("R", 0), Map.entry("D", 0));
        assertThat(result.profile().key()).isEqualTo("settled");
    }

    @Test
    void aDimensionNeedsTwoThirdsOfItsItemsAndAtLeastTwo() {
        // S has 5 items: 4 answered scores; R has 4 items: 3 answered scores; D: 2 of 4 (needs 3) does not
        Result result = Scoring.score(nervous, answers(nervous, "3333x" + "333x" + "33xx"));
        assertThat(result.scores()).containsEntry("S", 50).containsEntry("R", 50).containsEntry("D", null);
        assertThat(result.profile()).as("the first rule needs D").isNull();
        assertThat(result.enoughAnswers()).isFalse();
    }

    @Test
    void aSkippedItemIsLeftOutOfTheMeanNotCountedAsMiddle() {
        // AX: 5,5,5,5,(R)1 -> 5, skipped -> mean 5 -> 100; a skip counted as 3 would give 92
        Result result = Scoring.score(attachment, answers(attachment, "55551x" + "111155"));
        assertThat(result.scores()).containsEntry("AX", 100).containsEntry("AV", 0);
        assertThat(result.profile().key()).isEqualTo("closeness-seeking");
    }

    @Test
    void sixItemsNeedFourAndTwoItemsNeedBoth() {
        // Attachment AX has 6 items: 4 answered scores (version 1 needed 5); 3 answered does not
        assertThat(Scoring.score(attachment, answers(attachment, "3333xx" + "333333")).scores()).containsEntry("AX", 50);
        assertThat(Scoring.score(attachment, answers(attachment, "333xxx" + "333333")).scores()).containsEntry("AX", null);
        // Desire Journey AC has 2 items: one skip leaves it without a score
        assertThat(Scoring.score(desire, answers(desire, "333" + "333" + "3x" + "333" + "333")).scores()).containsEntry("AC", null);
    }

    // --- the blend rule

    @Test
    void inBetweenNamesTheTopTwoWhenTheyAreWithinEightPoints() {
        // S: 4,4,4,(R)2,(R)2 -> 4 -> 75? keep all below 60: S items 3,3,3,3,3 -> 50; R: 3,3,3,2 -> (3+3+3+4)/4=3.25 -> 56
        Result result = Scoring.score(nervous, answers(nervous, "33333" + "3332" + "3333"));
        assertThat(result.scores()).containsExactly(Map.entry("S", 50), Map.entry("R", 56), Map.entry("D", 50));
        assertThat(result.profile().key()).isEqualTo("in-between");
        assertThat(result.blend()).containsExactly("R", "S");
    }

    // --- each profile

    @Test
    void nervousSystemRunningHotAndPoweredDown() {
        assertThat(profile(nervous, answers(nervous, "33333" + "5551" + "3333"))).isEqualTo("running-hot");
        assertThat(profile(nervous, answers(nervous, "33333" + "3333" + "5551"))).isEqualTo("powered-down");
    }

    @Test
    void nervousSystemFlagsLowSettledAndItemFive() {
        Result result = Scoring.score(nervous, answers(nervous, "11155" + "3333" + "3333"));
        assertThat(result.scores()).containsEntry("S", 0);
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("low-settled", "intimacy-drift");
    }

    @Test
    void desireProfilesAndOverlays() {
        assertThat(profile(desire, answers(desire, "115" + "111" + "33" + "333" + "333"))).isEqualTo("quiet-season");
        assertThat(profile(desire, answers(desire, "551" + "333" + "33" + "333" + "333"))).isEqualTo("spark-first");
        assertThat(profile(desire, answers(desire, "333" + "555" + "33" + "333" + "333"))).isEqualTo("warm-up");
        Result tagged = Scoring.score(desire, answers(desire, "333" + "333" + "55" + "555" + "551"));
        assertThat(tagged.overlays()).extracting(Outcome::key).containsExactly("sensitive-brakes", "context-matters", "avoidance-loop");
    }

    @Test
    void desireWithoutAPartnerSkipsTheClosenessLoop() {
        Answers answers = Answers.decode(desire, "333" + "333" + "55" + "555" + "555", "no", null);
        Result result = Scoring.score(desire, answers);
        assertThat(result.scores()).doesNotContainKey("CL");
        assertThat(result.overlays()).extracting(Outcome::key).doesNotContain("avoidance-loop");
        assertThat(Flow.steps(desire, answers)).hasSize(1 + 11 + 1);
        assertThat(desire.items().get(10).textFor(false).en()).contains("a partner");
    }

    @Test
    void communicationProfiles() {
        // GS 5,5,1 -> 100 (no need); HT 1,1,1 -> 0; SD 5,5,1 -> 100 -> Quiet retreat
        assertThat(profile(communication, answers(communication, "551" + "111" + "551" + "555" + "51"))).isEqualTo("quiet-retreat");
        assertThat(profile(communication, answers(communication, "551" + "111" + "115" + "111" + "51"))).isEqualTo("drifting-apart");
        assertThat(profile(communication, answers(communication, "551" + "111" + "115" + "555" + "15"))).isEqualTo("unspoken-needs");
        assertThat(profile(communication, answers(communication, "115" + "111" + "115" + "555" + "51"))).as("100 - GS leads").isEqualTo("heated-start");
        assertThat(profile(communication, answers(communication, "551" + "111" + "115" + "555" + "51"))).isEqualTo("steady-connector");
    }

    @Test
    void attachmentQuadrants() {
        assertThat(profile(attachment, answers(attachment, "111155" + "111155"))).isEqualTo("secure-leaning");
        assertThat(profile(attachment, answers(attachment, "555511" + "111155"))).isEqualTo("closeness-seeking");
        assertThat(profile(attachment, answers(attachment, "111155" + "555511"))).isEqualTo("space-seeking");
        assertThat(profile(attachment, answers(attachment, "555511" + "555511"))).isEqualTo("push-pull");
    }

    private static String profile(QuizDefinition quiz, Answers answers) {
        Result result = Scoring.score(quiz, answers);
        return result.profile() == null ? null : result.profile().key();
    }
}

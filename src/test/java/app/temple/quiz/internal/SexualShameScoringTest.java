package app.temple.quiz.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static app.temple.quiz.internal.QuizContentFiles.all;
import static app.temple.quiz.internal.QuizContentFiles.answers;
import static app.temple.quiz.internal.QuizContentFiles.quiz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sexual Shame quiz scored by its file: the worked examples of content/quizzes.md section 10.4 (answers for items
 * 1–14 in four groups, BS · DS · PS · SK; x is a skip; items 4, 8 and 12 count 6 − answer), one case for each profile
 * and overlay, and the two invariants 10.4 promises for every answer pattern.
 */
class SexualShameScoringTest {

    final QuizDefinition shame = quiz("sexual-shame");

    @Test
    void fourteenItemsInFourDimensionsWithTheReverseItemsOfSectionTenThree() {
        assertThat(shame.items()).hasSize(14);
        assertThat(shame.dimensions()).extracting(Dimension::key).containsExactly("BS", "DS", "PS", "SK");
        assertThat(shame.items()).filteredOn(Item::reverse).extracting(Item::number).containsExactly(4, 8, 12);
        assertThat(shame.profiles()).extracting(Outcome::key).containsExactly("at-home", "carrying-a-lot",
                "inner-spectator", "hushed-desire", "echoes-from-before", "here-and-there");
        assertThat(shame.profiles()).as("no blending (10.4)").allMatch(profile -> profile.blendWithin() == 0);
        assertThat(shame.profiles()).as("no practice assumes a partner (10.5)").noneMatch(Outcome::assumesSafePartner);
        assertThat(shame.safetyQuestion()).isTrue();
        assertThat(shame.relationship()).isFalse();
        assertThat(shame.partnerComparison()).isFalse();
    }

    @Test
    void everyAnswerThreeIsHereAndThereNotAHeavyProfile() {
        Result result = Scoring.score(shame, all(shame, '3'));
        assertThat(result.scores()).containsExactly(Map.entry("BS", 50), Map.entry("DS", 50), Map.entry("PS", 50), Map.entry("SK", 50));
        assertThat(result.profile().key()).isEqualTo("here-and-there");
        assertThat(result.overlays()).isEmpty();
    }

    @Test
    void everyAnswerFiveIsCarryingALotBecauseTheReverseItemsPullEachShameScoreToSeventyFive() {
        Result result = Scoring.score(shame, all(shame, '5'));
        assertThat(result.scores()).containsExactly(Map.entry("BS", 75), Map.entry("DS", 75), Map.entry("PS", 75), Map.entry("SK", 100));
        assertThat(result.profile().key()).isEqualTo("carrying-a-lot");
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("kindness-there", "word-about-blame");
    }

    @Test
    void everyAnswerOneIsAtHomeWithNoOverlayAndSelfKindnessAtZero() {
        Result result = Scoring.score(shame, all(shame, '1'));
        assertThat(result.scores()).containsExactly(Map.entry("BS", 25), Map.entry("DS", 25), Map.entry("PS", 25), Map.entry("SK", 0));
        assertThat(result.profile().key()).isEqualTo("at-home");
        assertThat(result.overlays()).as("Room for kindness needs a shame dimension of 50 or more").isEmpty();
    }

    @Test
    void oneSkipLeavesThreeOfFourWhichIsEnoughAndBodyLeadsByNineOrMore() {
        Result result = Scoring.score(shame, answers(shame, "4542" + "2134" + "3x43" + "23"));
        assertThat(result.scores()).containsExactly(Map.entry("BS", 81), Map.entry("DS", 25), Map.entry("PS", 58), Map.entry("SK", 38));
        assertThat(result.profile().key()).as("PS 58 is below 60 for rule 2, though shown as 60").isEqualTo("inner-spectator");
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("word-about-blame");
    }

    @Test
    void twoSkipsInThePastLeaveNoProfileButTheBlameOverlayStillShows() {
        Result result = Scoring.score(shame, answers(shame, "4542" + "2134" + "xx43" + "23"));
        assertThat(result.scores()).containsEntry("BS", 81).containsEntry("DS", 25).containsEntry("PS", null).containsEntry("SK", 38);
        assertThat(result.enoughAnswers()).isFalse();
        assertThat(result.profile()).isNull();
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("word-about-blame");
    }

    @Test
    void aMissingSelfKindnessNeverBlocksAProfileAndHidesItsOverlays() {
        Result result = Scoring.score(shame, answers(shame, "4542" + "2134" + "3x43" + "x3"));
        assertThat(result.scores()).containsEntry("SK", null).containsEntry("BS", 81).containsEntry("PS", 58);
        assertThat(result.profile().key()).isEqualTo("inner-spectator");
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("word-about-blame");
    }

    @Test
    void aNearTieBetweenTheTopTwoFallsToHereAndThere() {
        Result result = Scoring.score(shame, answers(shame, "3433" + "3333" + "2214" + "23"));
        assertThat(result.scores()).containsExactly(Map.entry("BS", 56), Map.entry("DS", 50), Map.entry("PS", 19), Map.entry("SK", 38));
        assertThat(result.profile().key()).isEqualTo("here-and-there");
        assertThat(result.blend()).isEmpty();
        assertThat(result.overlays()).isEmpty();
    }

    @Test
    void wantingAndThePastLeadTheirOwnProfiles() {
        // DS 4,4,4,(R)2 -> 4 -> 75; BS and PS 50
        assertThat(Scoring.score(shame, answers(shame, "3333" + "4442" + "3333" + "33")).profile().key()).isEqualTo("hushed-desire");
        // PS 4,4,3,(R)2 -> 3.75 -> 69; BS and DS 50; item 11 = 3, so no blame overlay
        Result past = Scoring.score(shame, answers(shame, "3333" + "3333" + "4432" + "33"));
        assertThat(past.scores()).containsEntry("PS", 69);
        assertThat(past.profile().key()).isEqualTo("echoes-from-before");
        assertThat(past.overlays()).isEmpty();
    }

    @Test
    void aLeadOfExactlyNineIsEnoughAndEightIsNot() {
        // one skip in each: BS 4,4,x,(R)3 -> 11/3 -> 67; DS 3,4,x,(R)3 -> 10/3 -> 58; PS the same -> 58
        Result nine = Scoring.score(shame, answers(shame, "44x3" + "34x3" + "34x3" + "33"));
        assertThat(nine.scores()).containsEntry("BS", 67).containsEntry("DS", 58).containsEntry("PS", 58);
        assertThat(nine.profile().key()).isEqualTo("inner-spectator");
        // BS 3,4,x,(R)3 -> 58; DS and PS every answer 3 -> 50: a lead of 8
        Result eight = Scoring.score(shame, answers(shame, "34x3" + "3333" + "3333" + "33"));
        assertThat(eight.scores()).containsEntry("BS", 58).containsEntry("DS", 50).containsEntry("PS", 50);
        assertThat(eight.profile().key()).isEqualTo("here-and-there");
    }

    @Test
    void beingHardOnYourselfWithAShameDimensionAtFiftyShowsRoomForKindness() {
        Result result = Scoring.score(shame, answers(shame, "3333" + "3333" + "3333" + "21"));
        assertThat(result.scores()).containsEntry("SK", 13);
        assertThat(result.overlays()).extracting(Outcome::key).containsExactly("room-for-kindness");
        Result light = Scoring.score(shame, answers(shame, "1115" + "1115" + "1115" + "21"));
        assertThat(light.overlays()).as("no shame dimension reaches 50").isEmpty();
    }

    @Test
    void notEnoughAnswersExactlyWhenAShameDimensionLacksAScoreAndNoSelfKindnessOverlayWithoutItsScore() {
        Random random = new Random(20261205);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                items.append(random.nextInt(10) == 0 ? 'x' : (char) ('1' + random.nextInt(5)));
            }
            Result result = Scoring.score(shame, answers(shame, items.toString()));
            boolean shameMissing = result.scores().get("BS") == null || result.scores().get("DS") == null
                    || result.scores().get("PS") == null;
            assertThat(result.enoughAnswers()).as(items.toString()).isEqualTo(!shameMissing);
            if (result.scores().get("SK") == null) {
                assertThat(result.overlays()).as(items.toString()).extracting(Outcome::key)
                        .doesNotContain("kindness-there", "room-for-kindness");
            }
        }
    }

    @Test
    void theSafetyContentOfSectionTenSevenIsThere() {
        Guidance guidance = shame.guidance();
        assertThat(guidance.contentNote().en()).contains("You never need to recall details");
        assertThat(guidance.contentNote().sv()).contains("Du behöver aldrig gå in på detaljer");
        assertThat(guidance.helpContacts()).extracting(contact -> contact.name().en()).first().asString()
                .as("sexual-violence services first").startsWith("Kvinnofridslinjen");
        assertThat(guidance.helpContacts()).extracting(HelpContact::number)
                .containsExactly("020-50 50 50", "1-800-656-4673", null, "90101", "116 123", "988", null);
        assertThat(guidance.helpContacts().getFirst().dial()).isEqualTo("020505050");
        assertThat(guidance.whenToTalk()).hasSize(3);
        assertThat(shame.facts()).hasSize(9).allSatisfy(fact -> {
            assertThat(fact.en()).as("every fact keeps its citation").containsPattern("\\(.*(19|20)\\d\\d.*\\)");
            assertThat(fact.sv()).containsPattern("\\(.*(19|20)\\d\\d.*\\)");
        });
    }
}

package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety gate of the result page (corrections.md, Quizzes 2): advice that assumes a safe partner is withheld when
 * she answers No or Not sure, in every quiz that asks, and the safety card repeats what she said, not both answers.
 */
@TempleIntegrationTest
class QuizSafetyGateIntegrationTest {

    private static final String CARD_NO = "You said you do not feel safe with your partner.";
    private static final String CARD_NOT_SURE = "You said you are not sure whether you feel safe with your partner.";

    @LocalServerPort
    int port;

    @Test
    void quietRetreatsBreakSignalIsWithheldAndTheCardSaysSheDoesNotFeelSafe() {
        String quietRetreat = "551" + "111" + "551" + "555" + "51";
        String body = take("en", "communication-style", null, quietRetreat, "no");
        assertThat(body).contains("Quiet retreat", CARD_NO, "communication techniques are not the answer")
                .doesNotContain(CARD_NOT_SURE, "or are not sure", "Agree on a signal for a break");
        assertThat(take("en", "communication-style", null, quietRetreat, "yes"))
                .contains("Agree on a signal for a break").doesNotContain("Your safety comes first");
    }

    @Test
    void unspokenNeedsIsWithheldAndTheCardSaysNotSure() {
        String unspoken = "551" + "111" + "115" + "555" + "15";
        String body = take("en", "communication-style", null, unspoken, "not-sure");
        assertThat(body).contains("Unspoken needs", CARD_NOT_SURE).doesNotContain(CARD_NO, "One thing I really liked last time");
        assertThat(take("en", "communication-style", null, unspoken, "prefer-not"))
                .contains("One thing I really liked last time").doesNotContain("Your safety comes first");
    }

    @Test
    void closenessSeekingPracticeIsWithheld() {
        String seeking = "555511" + "111155";
        assertThat(take("en", "attachment", null, seeking, "no")).contains("Closeness-seeking", CARD_NO)
                .doesNotContain("before texting");
        assertThat(take("en", "attachment", null, seeking, "yes")).contains("before texting");
    }

    @Test
    void theAvoidanceLoopsRelationshipTextIsWithheld() {
        String loop = "333" + "333" + "55" + "555" + "551";
        String body = take("en", "desire-journey", "yes", loop, "not-sure");
        assertThat(body).contains("Caught in the avoidance loop", "the other partner feels rejected", CARD_NOT_SURE)
                .doesNotContain("usually hurting", "affection-only time");
        assertThat(take("en", "desire-journey", "yes", loop, "yes")).contains("usually hurting", "affection-only time");
    }

    @Test
    void inSwedishTheCardRepeatsHerOwnAnswerToo() {
        String quietRetreat = "551" + "111" + "551" + "555" + "51";
        assertThat(take("sv", "communication-style", null, quietRetreat, "no"))
                .contains("Du sa att du inte känner dig trygg med din partner.").doesNotContain("inte är säker på om")
                .doesNotContain("Kom överens om ett tecken för en paus");
        assertThat(take("sv", "communication-style", null, quietRetreat, "not-sure"))
                .contains("Du sa att du inte är säker på om du känner dig trygg med din partner.")
                .doesNotContain("Du sa att du inte känner dig trygg");
    }

    private String take(String language, String slug, String relationship, String items, String safety) {
        Visitor visitor = new Visitor(port);
        visitor.get("/quizzes?lang=" + language);
        List<String> choices = new ArrayList<>();
        if (relationship != null) {
            choices.add(relationship);
        }
        items.chars().forEach(c -> choices.add(String.valueOf((char) c)));
        choices.add(safety);
        String body = new QuizTaker(visitor).take(slug, choices.toArray(String[]::new)).body();
        assertThat(body).contains("id=\"profile\"");
        return body;
    }
}

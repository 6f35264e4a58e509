package app.temple.quiz.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import static app.temple.quiz.internal.QuizContentFiles.quiz;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's corrections to the quizzes' wording (corrections.md, Quizzes 3 and 6), kept: Swedish words that
 * change the meaning, scale labels that are not five distinct steps, and items that ask two things at once or
 * disagree with their instruction.
 */
class QuizWordingTest {

    static final List<String> SLUGS = List.of("nervous-system", "desire-journey", "communication-style", "attachment",
            "sexual-shame");

    /** Each phrase, and why it is wrong. */
    static final List<String[]> MISLEADING_SWEDISH = List.of(
            new String[]{"vända sig mot", "reads as turning against; use vända sig till"},
            new String[]{"närmanden", "implies sexual advances; use närmande or försök till kontakt"},
            new String[]{"nedvarvad", "means relaxed, the opposite of shut down; use avstängd or bortkopplad"},
            new String[]{"spänning", "also means excitement"},
            new String[]{"rörd vid", "ambiguous; use berörd"},
            new String[]{"oro för närheten", "reads as avoidance"});

    @Test
    void noSwedishTextOfItemsProfilesTagsFactsOrTheBundleChangesTheMeaning() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String slug : SLUGS) {
            texts.addAll(swedishTexts(quiz(slug)));
        }
        load("quiz/messages_sv.properties").values().forEach(value -> texts.add(value.toString()));
        for (String text : texts) {
            for (String[] phrase : MISLEADING_SWEDISH) {
                assertThat(text.toLowerCase(Locale.ROOT)).as(phrase[1]).doesNotContain(phrase[0]);
            }
        }
    }

    @Test
    void theFiveSwedishScaleLabelsAreFiveDistinctSteps() throws IOException {
        Properties swedish = load("quiz/messages_sv.properties");
        for (String scale : List.of("frequency", "self-description")) {
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                labels.add(swedish.getProperty("quiz.scale." + scale + "." + i).toLowerCase(Locale.ROOT));
            }
            assertThat(labels).doesNotHaveDuplicates();
            assertThat(labels.stream().filter(label -> label.contains("ibland"))).as(scale + ": one label says ibland").hasSizeLessThanOrEqualTo(1);
            assertThat(labels.stream().filter(label -> label.startsWith("mycket") || label.startsWith("väldigt")))
                    .as(scale + ": mycket and väldigt are the same step").hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void attachmentItemsSpeakOfPartnersInGeneralAsItsInstructionDoes() {
        QuizDefinition attachment = quiz("attachment");
        assertThat(attachment.instruction().en()).contains("in general");
        assertThat(attachment.items()).allSatisfy(item -> {
            assertThat(item.text().en()).doesNotContainIgnoringCase("my partner");
            assertThat(item.text().sv()).doesNotContainIgnoringCase("min partner");
        });
    }

    @Test
    void desireItemThreeAsksOnlyHowOftenDesireArrivesUnprompted() {
        Item three = quiz("desire-journey").items().get(2);
        assertThat(three.reverse()).isTrue();
        assertThat(three.text().en()).contains("on its own").doesNotContain("normal", " and ");
    }

    @Test
    void theRewrittenItemsAskOneThing() {
        // the items the editor found asking two things at once, by quiz and number; " or " joined two questions
        assertThat(quiz("nervous-system").items().get(4).text().en()).doesNotContain(" or ");
        assertThat(quiz("desire-journey").items().get(1).text().en()).doesNotContain(" or ");
        assertThat(quiz("desire-journey").items().get(9).text().en()).doesNotContain(" or ", ", whether");
        assertThat(quiz("desire-journey").items().get(10).text().en()).doesNotContain(" or ");
        assertThat(quiz("communication-style").items().get(9).text().en()).doesNotContain("and the other");
        assertThat(quiz("attachment").items().get(1).text().en()).doesNotContain("more than I get");
        assertThat(quiz("attachment").items().get(6).text().en()).doesNotContain(" or ");
    }

    private static List<String> swedishTexts(QuizDefinition quiz) {
        List<String> texts = new ArrayList<>();
        Stream.of(quiz.title(), quiz.summary(), quiz.instruction(), quiz.about(), quiz.meaning(), quiz.disclaimer(),
                quiz.critique(), quiz.safeAdvice(), quiz.profileRules()).filter(Objects::nonNull).forEach(t -> texts.add(t.sv()));
        quiz.items().forEach(item -> {
            texts.add(item.text().sv());
            if (item.unpartneredText() != null) {
                texts.add(item.unpartneredText().sv());
            }
        });
        Stream.concat(quiz.profiles().stream(), quiz.overlays().stream()).forEach(outcome -> {
            texts.add(outcome.name().sv());
            texts.add(outcome.description().sv());
            texts.add(outcome.practice().sv());
        });
        quiz.facts().forEach(fact -> texts.add(fact.sv()));
        quiz.dimensions().forEach(dimension -> Stream.of(dimension.name(), dimension.low(), dimension.high(),
                dimension.meansLow(), dimension.meansHigh()).filter(Objects::nonNull).forEach(t -> texts.add(t.sv())));
        return texts;
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = QuizWordingTest.class.getClassLoader().getResourceAsStream(bundle)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
            return properties;
        }
    }
}

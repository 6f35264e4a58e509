package app.temple.quiz.internal;

import app.temple.content.ContentFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a low and a high score mean, in a sentence per language; a quiz written before the sentences still loads. */
class DimensionMeaningTest {

    private static final String LABELS = """
                high: {en: "h", sv: "h"}
            """;

    @Test
    void aQuizWithoutSentencesLoadsAndItsChartsUseTheShortLabels() {
        Dimension dimension = QuizFile.read(file(QuizFileTest.GOOD)).dimensions().getFirst();
        assertThat(dimension.meansLow()).isEqualTo(dimension.low()).isEqualTo(new Text("l", "l"));
        assertThat(dimension.meansHigh()).isEqualTo(dimension.high()).isEqualTo(new Text("h", "h"));
    }

    @Test
    void theSentencesAreReadInBothLanguages() {
        String withSentences = QuizFileTest.GOOD.replace(LABELS, LABELS + """
                    means-low: {en: "Rarely so.", sv: "Sällan så."}
                    means-high: {en: "Often so.", sv: "Ofta så."}
                """);
        Dimension dimension = QuizFile.read(file(withSentences)).dimensions().getFirst();
        assertThat(dimension.meansLow().in("sv")).isEqualTo("Sällan så.");
        assertThat(dimension.meansHigh().in("en")).isEqualTo("Often so.");
        assertThat(dimension.low()).as("the short labels stay").isEqualTo(new Text("l", "l"));
    }

    @Test
    void aSentenceWithoutItsSwedishIsRefusedWithItsLine() {
        String half = QuizFileTest.GOOD.replace(LABELS, LABELS + """
                    means-high: {en: "Often so."}
                """);
        assertThatThrownBy(() -> QuizFile.read(file(half)))
                .hasMessageContaining("line 16")
                .hasMessageContaining("'means-high' needs both an English (en) and a Swedish (sv) text (in A)");
    }

    @Test
    void theFourQuizzesSayInASentenceWhatEachEndMeans() {
        for (String slug : List.of("nervous-system", "desire-journey", "communication-style", "attachment")) {
            for (Dimension dimension : QuizContentFiles.quiz(slug).dimensions()) {
                for (String language : List.of("en", "sv")) {
                    assertThat(dimension.meansLow().in(language)).as(slug + " " + dimension.key() + " low, " + language)
                            .isNotEqualTo(dimension.low().in(language)).endsWith(".");
                    assertThat(dimension.meansHigh().in(language)).as(slug + " " + dimension.key() + " high, " + language)
                            .isNotEqualTo(dimension.high().in(language)).endsWith(".");
                }
            }
        }
    }

    private static ContentFile file(String text) {
        return new ContentFile("quizzes/tiny.yaml", text, "hash");
    }
}

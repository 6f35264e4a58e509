package app.temple.quiz.internal;

import app.temple.content.ContentFile;
import app.temple.content.MalformedContentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A quiz file with a mistake stops the start, naming the file, the line and the mistake. */
class QuizFileTest {

    static final String GOOD = """
            slug: tiny
            version: 1
            minutes: 1
            scale: frequency
            title: {en: "Tiny", sv: "Liten"}
            summary: {en: "s", sv: "s"}
            instruction: {en: "i", sv: "i"}
            about: {en: "a", sv: "a"}
            meaning: {en: "m", sv: "m"}
            disclaimer: {en: "d", sv: "d"}
            dimensions:
              - key: A
                name: {en: "A", sv: "A"}
                low: {en: "l", sv: "l"}
                high: {en: "h", sv: "h"}
            items:
              - dimension: A
                text: {en: "one", sv: "ett"}
              - dimension: A
                reverse: true
                text: {en: "two", sv: "två"}
            profiles:
              - key: high
                when: "A >= 50"
                name: {en: "High", sv: "Hög"}
                description: {en: "d", sv: "d"}
                practice: {en: "p", sv: "p"}
              - key: rest
                when: "always"
                name: {en: "Rest", sv: "Resten"}
                description: {en: "d", sv: "d"}
                practice: {en: "p", sv: "p"}
            citations:
              - text: "A source."
            """;

    @Test
    void theRepositorysQuizzesAreValid() {
        for (String slug : ScoringPropertyTest.SLUGS) {
            QuizDefinition quiz = QuizContentFiles.quiz(slug);
            assertThat(quiz.slug()).isEqualTo(slug);
            assertThat(quiz.version()).isPositive();
        }
    }

    @Test
    void aValidFileReads() {
        QuizDefinition quiz = QuizFile.read(file(GOOD));
        assertThat(quiz.items()).hasSize(2);
        assertThat(quiz.items().get(1).reverse()).isTrue();
    }

    @Test
    void aFileWithoutScoringIsRuleSetOneAndOneMayNameRuleSetTwo() {
        assertThat(QuizFile.read(file(GOOD)).scoring()).isEqualTo(ScoringRules.ONE);
        assertThat(QuizFile.read(file(GOOD.replace("version: 1\n", "version: 1\nscoring: 2\n"))).scoring())
                .isEqualTo(ScoringRules.TWO);
    }

    @Test
    void anUnknownScoringRuleSetIsRefusedWithItsLine() {
        String bad = GOOD.replace("version: 1\n", "version: 1\nscoring: 3\n");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .hasMessage("content/quizzes/tiny.yaml line 3: unknown scoring rule set 3; expected 1 (content/quizzes.md §0.1) or 2 (§0.2)");
    }

    @Test
    void factsAndProfileRulesAreReadAndAFactNeedsBothLanguages() {
        String withFacts = GOOD + """
                profile-rules: {en: "High at 50 or more.", sv: "Hög vid 50 eller mer."}
                facts:
                  - text: {en: "A fact (Someone, 2020).", sv: "Ett faktum (Someone, 2020)."}
                """;
        QuizDefinition quiz = QuizFile.read(file(withFacts));
        assertThat(quiz.facts()).extracting(Text::sv).containsExactly("Ett faktum (Someone, 2020).");
        assertThat(quiz.profileRules().en()).isEqualTo("High at 50 or more.");
        assertThat(QuizFile.read(file(GOOD)).facts()).isEmpty();
        assertThatThrownBy(() -> QuizFile.read(file(withFacts.replace(", sv: \"Ett faktum (Someone, 2020).\"", ""))))
                .hasMessageContaining("'text' needs both an English (en) and a Swedish (sv) text");
    }

    @Test
    void anItemWithoutADimensionIsNamedWithItsLine() {
        String bad = GOOD.replace("  - dimension: A\n    reverse: true", "  - reverse: true");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .isInstanceOf(MalformedContentException.class)
                .hasMessage("content/quizzes/tiny.yaml line 19: item 2 has no dimension");
    }

    @Test
    void anUnknownDimensionIsNamed() {
        String bad = GOOD.replace("  - dimension: A\n    reverse: true", "  - dimension: B\n    reverse: true");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .hasMessage("content/quizzes/tiny.yaml line 19: item 2 names the unknown dimension 'B'; the dimensions are [A]");
    }

    @Test
    void aProfileRuleThatCanNeverFireIsRefused() {
        String bad = GOOD.replace("when: \"A >= 50\"", "when: \"A >= 60 and A < 40\"");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .hasMessageContaining("line 24: the rule of high can never fire: no score of A satisfies every condition on it");
    }

    @Test
    void aRuleAboveAHundredCanNeverFire() {
        String bad = GOOD.replace("when: \"A >= 50\"", "when: \"A > 100\"");
        assertThatThrownBy(() -> QuizFile.read(file(bad))).hasMessageContaining("can never fire");
    }

    @Test
    void aProfileAfterTheCatchAllCanNeverFire() {
        String bad = GOOD.replace("when: \"A >= 50\"", "when: \"always\"");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .hasMessageContaining("the rule of rest can never fire: the profile before it (high) matches everything");
    }

    @Test
    void theLastProfileMustMatchEverything() {
        String bad = GOOD.replace("when: \"always\"", "when: \"A < 50\"");
        assertThatThrownBy(() -> QuizFile.read(file(bad))).hasMessageContaining("the last profile must have 'when: always'");
    }

    @Test
    void aRuleReadingAnUnknownNameIsRefused() {
        String bad = GOOD.replace("when: \"A >= 50\"", "when: \"Z >= 50\"");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .hasMessage("content/quizzes/tiny.yaml line 24: the rule of high reads 'Z', which this quiz does not define");
    }

    @Test
    void aMissingSwedishTextIsRefused() {
        String bad = GOOD.replace("text: {en: \"one\", sv: \"ett\"}", "text: {en: \"one\"}");
        assertThatThrownBy(() -> QuizFile.read(file(bad)))
                .hasMessageContaining("line 17: 'text' needs both an English (en) and a Swedish (sv) text");
    }

    @Test
    void aRuleThatCannotBeReadIsRefused() {
        String bad = GOOD.replace("when: \"A >= 50\"", "when: \"A is big\"");
        assertThatThrownBy(() -> QuizFile.read(file(bad))).hasMessageContaining("line 24: high: cannot read the condition 'A is big'");
    }

    @Test
    void aQuizMayAddANoteFactsReasonsToTalkAndHelpContacts() {
        QuizDefinition plain = QuizFile.read(file(GOOD));
        assertThat(plain.guidance().contentNote()).isNull();
        assertThat(plain.facts()).isEmpty();
        assertThat(plain.guidance().helpContacts()).isEmpty();

        QuizDefinition guided = QuizFile.read(file(GOOD + GUIDANCE));
        assertThat(guided.guidance().contentNote()).isEqualTo(new Text("Take care.", "Var rädd om dig."));
        assertThat(guided.facts()).containsExactly(new Text("A fact (X, 2020).", "Ett faktum (X, 2020)."));
        assertThat(guided.guidance().whenToTalk()).containsExactly(new Text("When it hurts.", "När det gör ont."));
        assertThat(guided.guidance().helpContacts()).extracting(HelpContact::number).containsExactly("020-50 50 50", null);
        assertThat(guided.guidance().helpContacts().getFirst().dial()).isEqualTo("020505050");
    }

    @Test
    void aHelpContactNumberMustBeANumber() {
        assertThatThrownBy(() -> QuizFile.read(file(GOOD + GUIDANCE.replace("020-50 50 50", "call us"))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("the help contact number 'call us' must be digits, spaces and hyphens");
    }

    @Test
    void aHelpContactWithoutASwedishNoteIsRefused() {
        assertThatThrownBy(() -> QuizFile.read(file(GOOD + GUIDANCE.replace("sv: \"Gratis.\"", "de: \"Frei.\""))))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("'note' needs both an English (en) and a Swedish (sv) text");
    }

    static final String GUIDANCE = """
            content-note: {en: "Take care.", sv: "Var rädd om dig."}
            facts:
              - text: {en: "A fact (X, 2020).", sv: "Ett faktum (X, 2020)."}
            when-to-talk:
              - text: {en: "When it hurts.", sv: "När det gör ont."}
            help-contacts:
              - name: {en: "A line", sv: "En linje"}
                number: "020-50 50 50"
                note: {en: "Free.", sv: "Gratis."}
              - name: {en: "If in danger", sv: "Vid fara"}
                note: {en: "Call 112.", sv: "Ring 112."}
            """;

    private static ContentFile file(String text) {
        return new ContentFile("quizzes/tiny.yaml", text, "hash");
    }
}

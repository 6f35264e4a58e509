package app.temple.quiz.web;

import app.temple.quiz.internal.Dimension;
import app.temple.quiz.internal.Item;
import app.temple.quiz.internal.Outcome;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.Text;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The JSON bodies the quiz API answers with. They are records rather than maps so that the generated OpenAPI
 * document describes exactly what is sent, field by field.
 */
final class QuizApiBodies {

    private QuizApiBodies() {
    }

    @Schema(name = "Text", description = "A sentence in English and Swedish")
    public record LocalText(@Schema(example = "Nervous System") String en,
                            @Schema(example = "Nervsystemet") String sv) {
        static LocalText of(Text text) {
            return text == null ? null : new LocalText(text.en(), text.sv());
        }
    }

    @Schema(name = "QuizSummary", description = "A quiz as the list shows it")
    public record Summary(@Schema(example = "nervous-system") String slug,
                          @Schema(description = "The version that scores; a saved result records it", example = "1") int version,
                          LocalText title,
                          LocalText summary,
                          @Schema(example = "13") int itemCount,
                          @Schema(description = "About how long it takes", example = "3") int minutes) {
        static Summary of(QuizDefinition quiz) {
            return new Summary(quiz.slug(), quiz.version(), LocalText.of(quiz.title()), LocalText.of(quiz.summary()),
                    quiz.items().size(), quiz.minutes());
        }
    }

    @Schema(name = "Quiz", description = "One quiz with its dimensions, items and profile rules")
    public record Detail(@Schema(example = "attachment") String slug,
                         @Schema(example = "3") int version,
                         @Schema(description = "The scoring rule set of this version: 1 (a dimension needs 75% of its items answered) "
                                 + "or 2 (two thirds, and at least two)", example = "2") int scoring,
                         LocalText title,
                         LocalText summary,
                         @Schema(example = "12") int itemCount,
                         @Schema(example = "3") int minutes,
                         @Schema(description = "The words of the five answers", allowableValues = {"frequency", "self-description"})
                         String scale,
                         @Schema(description = "Whether the quiz first asks if she is in a relationship (unscored)")
                         boolean relationshipQuestion,
                         @Schema(description = "Whether the unscored safety question comes before the result")
                         boolean safetyQuestion,
                         List<DimensionBody> dimensions,
                         List<ItemBody> items,
                         List<ProfileBody> profiles,
                         LocalText disclaimer) {
        static Detail of(QuizDefinition quiz) {
            return new Detail(quiz.slug(), quiz.version(), quiz.scoring().number(), LocalText.of(quiz.title()), LocalText.of(quiz.summary()),
                    quiz.items().size(), quiz.minutes(), quiz.scale(), quiz.relationship(), quiz.safetyQuestion(),
                    quiz.dimensions().stream().map(DimensionBody::of).toList(),
                    quiz.items().stream().map(ItemBody::of).toList(),
                    quiz.profiles().stream().map(ProfileBody::of).toList(),
                    LocalText.of(quiz.disclaimer()));
        }
    }

    @Schema(name = "Dimension")
    public record DimensionBody(@Schema(example = "AX") String key,
                                LocalText name,
                                @Schema(description = "Asked only of someone in a relationship") boolean partneredOnly) {
        static DimensionBody of(Dimension dimension) {
            return new DimensionBody(dimension.key(), LocalText.of(dimension.name()), dimension.partneredOnly());
        }
    }

    @Schema(name = "Item")
    public record ItemBody(@Schema(description = "1-based; the key of its answer in a score request", example = "1") int number,
                           @Schema(description = "The key of the dimension it counts towards", example = "AX") String dimension,
                           @Schema(description = "Scored as 6 minus the answer") boolean reverse,
                           LocalText text) {
        static ItemBody of(Item item) {
            return new ItemBody(item.number(), item.dimension(), item.reverse(), LocalText.of(item.text()));
        }
    }

    @Schema(name = "Profile")
    public record ProfileBody(@Schema(example = "secure-leaning") String key,
                              @Schema(description = "The rule, tried in order; the first that holds is the profile",
                                      example = "AX < 50 and AV < 50") String rule,
                              LocalText name) {
        static ProfileBody of(Outcome profile) {
            return new ProfileBody(profile.key(), profile.rule().toString(), LocalText.of(profile.name()));
        }
    }

    @Schema(name = "Outcome", description = "A profile or an overlay tag")
    public record OutcomeBody(@Schema(example = "swinging") String key, LocalText name) {
        static OutcomeBody of(Outcome outcome) {
            return outcome == null ? null : new OutcomeBody(outcome.key(), LocalText.of(outcome.name()));
        }
    }

    @Schema(name = "ScoreResponse", description = "A scored set of answers; nothing of it is kept")
    public record Scored(@Schema(example = "nervous-system") String quiz,
                         @Schema(example = "3") int version,
                         @Schema(description = "The scoring rule set of this version: 1 (a dimension needs 75% of its items answered) "
                                 + "or 2 (two thirds, and at least two)", example = "2") int scoring,
                         @Schema(description = "0 to 100 per dimension, in the quiz's order; null when too few of its "
                                 + "items were answered for the scoring rule set", example = "{\"S\": 60, \"R\": 75, \"D\": 75}")
                         Map<String, Integer> scores,
                         @Schema(description = "Whether there were enough answers to suggest a profile") boolean enoughAnswers,
                         @Schema(description = "The first profile whose rule holds; null without enough answers")
                         OutcomeBody profile,
                         @Schema(description = "The two dimensions a blended profile names together (their scores are "
                                 + "within 8 points), or empty")
                         List<String> blend,
                         List<OutcomeBody> overlays,
                         @Schema(description = "She said she does not feel safe with her partner, or is not sure: show "
                                 + "the safety card first and withhold advice that assumes a safe partner")
                         boolean safetyFirst,
                         LocalText disclaimer) {
        static Scored of(Result result) {
            QuizDefinition quiz = result.quiz();
            return new Scored(quiz.slug(), quiz.version(), quiz.scoring().number(), result.scores(), result.enoughAnswers(),
                    OutcomeBody.of(result.profile()), result.blend(),
                    result.overlays().stream().map(OutcomeBody::of).toList(), result.answers().unsafe(),
                    LocalText.of(quiz.disclaimer()));
        }

        /** Never the scores or the profile: this may end up in a log line. */
        @Override
        public String toString() {
            return "Scored[" + quiz + " v" + version + ", redacted]";
        }
    }

    /** The shape of every error answer (RFC 9457 problem details); documentation only, Spring writes the body. */
    @Schema(name = "Problem", description = "What was wrong, as RFC 9457 problem details")
    public record Problem(@Schema(description = "Left out while it is about:blank, as RFC 9457 allows") String type,
                          @Schema(example = "Bad answers") String title,
                          @Schema(example = "400") int status,
                          @Schema(example = "The answers cannot be scored.") String detail,
                          @Schema(example = "/api/quizzes/nervous-system/score") String instance,
                          @Schema(description = "Each thing wrong with the answers, in plain words (bad answers only)",
                                  example = "[\"item 1: an answer is 1 to 5, or null to skip\"]")
                          List<String> errors) {
    }
}

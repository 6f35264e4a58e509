package app.temple.quiz.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/**
 * The body of {@code POST /api/quizzes/{slug}/score}. The allowed words repeat {@code Answers.RELATIONSHIP} and
 * {@code Answers.SAFETY} because annotations need constants; a test holds the two together.
 *
 * @param answers      item number (1-based, as text) to an answer from 1 to 5; null or absent for "prefer not to
 *                     answer"
 * @param relationship for quizzes that ask it: {@code yes}, {@code no} or {@code complicated}; absent counts as yes
 * @param safety       for quizzes that ask it: {@code yes}, {@code not-sure}, {@code no}, {@code prefer-not} or
 *                     {@code no-partner}
 */
@Schema(description = "Answers to score. Nothing of them is stored or logged.")
public record ScoreRequest(
        @Schema(description = "Item number (1-based, as text) to an answer from 1 to 5; null or absent means "
                + "\"prefer not to answer\"", example = "{\"1\": 3, \"2\": 5, \"3\": null}")
        Map<String, Integer> answers,
        @Schema(description = "For quizzes that ask it: is she in a relationship? Absent counts as yes",
                allowableValues = {"yes", "no", "complicated"})
        String relationship,
        @Schema(description = "For quizzes that ask it: does she feel safe with her partner right now? "
                + "\"no\" and \"not-sure\" put the safety card first",
                allowableValues = {"yes", "not-sure", "no", "prefer-not", "no-partner"})
        String safety) {

    /** Never the answers: this may end up in a log line. */
    @Override
    public String toString() {
        return "ScoreRequest[" + (answers == null ? 0 : answers.size()) + " answers, redacted]";
    }
}

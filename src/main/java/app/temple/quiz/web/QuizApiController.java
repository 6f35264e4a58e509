package app.temple.quiz.web;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.Scoring;
import app.temple.quiz.web.QuizApiBodies.Detail;
import app.temple.quiz.web.QuizApiBodies.Problem;
import app.temple.quiz.web.QuizApiBodies.Scored;
import app.temple.quiz.web.QuizApiBodies.Summary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quizzes as JSON, and stateless scoring: a score request is answered and forgotten. springdoc turns the
 * annotations here into the OpenAPI document at {@code /v3/api-docs} (and {@code .yaml}).
 */
@RestController
@RequestMapping("/api/quizzes")
@Tag(name = "Quizzes", description = "The quizzes and stateless scoring. Nothing sent here is stored or logged, and "
        + "no cookie is read or needed, so the score request needs no CSRF token.")
class QuizApiController {

    private static final String PROBLEM_JSON = "application/problem+json";
    /** At most this many errors are named in one answer. */
    static final int MAX_ERRORS = 10;

    private final Quizzes quizzes;

    QuizApiController(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    @GetMapping
    @Operation(summary = "Every quiz, newest version", description = "The quizzes in menu order.")
    @ApiResponse(responseCode = "200", description = "The quizzes in menu order")
    List<Summary> list() {
        return quizzes.all().stream().map(Summary::of).toList();
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One quiz with its dimensions, items and profile rules")
    @ApiResponse(responseCode = "200", description = "The quiz")
    @ApiResponse(responseCode = "404", description = "There is no quiz with that slug",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    Detail quiz(@Parameter(description = "The quiz's slug", example = "nervous-system") @PathVariable String slug) {
        return Detail.of(find(slug));
    }

    @PostMapping("/{slug}/score")
    @Operation(summary = "Score a set of answers (stateless)",
            description = "Scores the answers exactly as the quiz pages do: reverse keys, a dimension's score only when "
                    + "enough of its items were answered (the quiz's scoring rule set: 1 needs 75%, 2 needs two "
                    + "thirds and at least two), 0 to 100, a blend when the top two are within 8 "
                    + "points, profile rules in order, overlay tags. Nothing is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The answers",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScoreRequest.class),
                    examples = @ExampleObject(name = "some answers",
                            value = "{\"answers\": {\"1\": 3, \"2\": 5, \"3\": null}, \"relationship\": \"yes\", "
                                    + "\"safety\": \"yes\"}")))
    @ApiResponse(responseCode = "200", description = "The scores, the profile and the overlay tags")
    @ApiResponse(responseCode = "400", description = "The body is not JSON, holds a null character or broken UTF-8, "
            + "or some answers cannot be scored: the first ten are named in errors", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad answers", value = "{\"title\": \"Bad answers\", "
                    + "\"status\": 400, \"detail\": \"The answers cannot be scored.\", \"instance\": "
                    + "\"/api/quizzes/nervous-system/score\", \"errors\": [\"item 1: an answer is 1 to 5, or null to skip\", "
                    + "\"'99' is not an item: items are numbered 1 to 13\"]}")))
    @ApiResponse(responseCode = "404", description = "There is no quiz with that slug",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "The body is larger than 16 KB (a whole quiz's answers take "
            + "well under 1 KB)", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Scored> score(@Parameter(description = "The quiz's slug", example = "nervous-system") @PathVariable String slug,
                                 @RequestBody ScoreRequest request) {
        QuizDefinition quiz = find(slug);
        Result result = Scoring.score(quiz, answers(quiz, request));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Scored.of(result));
    }

    /** The answers a score request gives, or {@link BadAnswers} (400) naming what cannot be scored. */
    static Answers answers(QuizDefinition quiz, ScoreRequest request) {
        List<String> errors = new ArrayList<>(app.temple.quiz.internal.NumberedAnswers.problems(quiz, request.answers()));
        Answers answers = Answers.empty(quiz);
        if (request.relationship() != null && !Answers.RELATIONSHIP.contains(request.relationship())) {
            errors.add("relationship must be one of " + Answers.RELATIONSHIP);
        }
        if (request.safety() != null && !Answers.SAFETY.contains(request.safety())) {
            errors.add("safety must be one of " + Answers.SAFETY);
        }
        if (errors.isEmpty()) {
            answers = answers.withRelationship(quiz.relationship() ? request.relationship() : null).withSafety(request.safety());
        }
        for (int number = 1; number <= quiz.items().size(); number++) {
            answers = answers.withItem(number, Answers.SKIPPED);
        }
        Map<String, Integer> given = request.answers() == null ? Map.of() : request.answers();
        if (given.size() > quiz.items().size()) {
            throw new BadAnswers(List.of("there are " + given.size() + " answers, but the quiz has only "
                    + quiz.items().size() + " items"));
        }
        for (Map.Entry<String, Integer> answer : given.entrySet()) {
            int number = itemNumber(answer.getKey());
            if (number < 1 || number > quiz.items().size()) {
                errors.add(notAnItem(answer.getKey(), quiz.items().size()));
            } else if (answer.getValue() != null && (answer.getValue() < 1 || answer.getValue() > 5)) {
                errors.add("item " + number + ": an answer is 1 to 5, or null to skip");
            } else if (answer.getValue() != null) {
                answers = answers.withItem(number, answer.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw new BadAnswers(errors);
        }
        return answers;
    }

    /** Names the key only when it is a number, so that whatever else was sent is never echoed back. */
    private static String notAnItem(String key, int items) {
        String named = key.matches("-?[0-9]{1,9}") ? "'" + key + "'" : "a key that is not a number";
        return named + " is not an item: items are numbered 1 to " + items;
    }

    private static int itemNumber(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @ExceptionHandler(BadAnswers.class)
    ProblemDetail badAnswers(BadAnswers e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The answers cannot be scored.");
        problem.setTitle("Bad answers");
        problem.setProperty("errors", e.errors);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body must be JSON like {\"answers\": {\"1\": 3, \"2\": null}}.");
        problem.setTitle("Unreadable request");
        return problem;
    }

    @ExceptionHandler(NoSuchQuiz.class)
    ProblemDetail noSuchQuiz() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no quiz with that slug.");
        problem.setTitle("No such quiz");
        return problem;
    }

    private QuizDefinition find(String slug) {
        return quizzes.find(slug).orElseThrow(NoSuchQuiz::new);
    }

    static final class BadAnswers extends RuntimeException {
        private final List<String> errors;

        BadAnswers(List<String> errors) {
            super("bad answers", null, false, false);
            this.errors = errors.size() <= MAX_ERRORS ? List.copyOf(errors) : shortened(errors);
        }

        /** The first errors and a count of the rest: a body of nonsense gets a short answer, not a long one. */
        private static List<String> shortened(List<String> errors) {
            List<String> first = new ArrayList<>(errors.subList(0, MAX_ERRORS));
            first.add("and " + (errors.size() - MAX_ERRORS) + " more");
            return List.copyOf(first);
        }
    }

    private static final class NoSuchQuiz extends RuntimeException {
        NoSuchQuiz() {
            super("no such quiz", null, false, false);
        }
    }
}

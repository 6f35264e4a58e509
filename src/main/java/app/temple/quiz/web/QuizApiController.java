package app.temple.quiz.web;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.Outcome;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.Scoring;
import app.temple.quiz.internal.Text;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quizzes as JSON, and stateless scoring: a score request is answered and forgotten. Documented in
 * {@code /api/quizzes.yaml} (OpenAPI 3.1).
 */
@RestController
@RequestMapping("/api/quizzes")
class QuizApiController {

    private final Quizzes quizzes;

    QuizApiController(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return quizzes.all().stream().map(QuizApiController::summary).toList();
    }

    @GetMapping("/{slug}")
    Map<String, Object> quiz(@PathVariable String slug) {
        QuizDefinition quiz = find(slug);
        Map<String, Object> body = summary(quiz);
        body.put("scale", quiz.scale());
        body.put("relationshipQuestion", quiz.relationship());
        body.put("safetyQuestion", quiz.safetyQuestion());
        body.put("dimensions", quiz.dimensions().stream().map(d -> Map.of("key", d.key(), "name", text(d.name()),
                "partneredOnly", d.partneredOnly())).toList());
        body.put("items", quiz.items().stream().map(item -> Map.of("number", item.number(), "dimension", item.dimension(),
                "reverse", item.reverse(), "text", text(item.text()))).toList());
        body.put("profiles", quiz.profiles().stream().map(p -> Map.of("key", p.key(), "rule", p.rule().toString(),
                "name", text(p.name()))).toList());
        body.put("disclaimer", text(quiz.disclaimer()));
        return body;
    }

    @PostMapping("/{slug}/score")
    ResponseEntity<Map<String, Object>> score(@PathVariable String slug, @RequestBody ScoreRequest request) {
        QuizDefinition quiz = find(slug);
        Result result = Scoring.score(quiz, answers(quiz, request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("quiz", quiz.slug());
        body.put("version", quiz.version());
        body.put("scores", result.scores());
        body.put("enoughAnswers", result.enoughAnswers());
        body.put("profile", result.profile() == null ? null : outcome(result.profile()));
        body.put("blend", result.blend());
        body.put("overlays", result.overlays().stream().map(QuizApiController::outcome).toList());
        body.put("safetyFirst", result.answers().unsafe());
        body.put("disclaimer", text(quiz.disclaimer()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static Answers answers(QuizDefinition quiz, ScoreRequest request) {
        List<String> errors = new ArrayList<>();
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
        for (Map.Entry<String, Integer> answer : given.entrySet()) {
            int number = itemNumber(answer.getKey());
            if (number < 1 || number > quiz.items().size()) {
                errors.add("'" + answer.getKey() + "' is not an item: items are numbered 1 to " + quiz.items().size());
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

    private static Map<String, Object> summary(QuizDefinition quiz) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", quiz.slug());
        body.put("version", quiz.version());
        body.put("title", text(quiz.title()));
        body.put("summary", text(quiz.summary()));
        body.put("itemCount", quiz.items().size());
        body.put("minutes", quiz.minutes());
        return body;
    }

    private static Map<String, Object> outcome(Outcome outcome) {
        return Map.of("key", outcome.key(), "name", text(outcome.name()));
    }

    private static Map<String, String> text(Text text) {
        return Map.of("en", text.en(), "sv", text.sv());
    }

    private static final class BadAnswers extends RuntimeException {
        private final List<String> errors;

        BadAnswers(List<String> errors) {
            super("bad answers", null, false, false);
            this.errors = List.copyOf(errors);
        }
    }

    private static final class NoSuchQuiz extends RuntimeException {
        NoSuchQuiz() {
            super("no such quiz", null, false, false);
        }
    }
}

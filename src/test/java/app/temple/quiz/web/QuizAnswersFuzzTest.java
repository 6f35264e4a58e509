package app.temple.quiz.web;

import app.temple.FuzzFields;
import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.Flow;
import app.temple.quiz.internal.QuizContentFiles;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Scoring;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Whatever a quiz form or a score request carries, the quiz reads it as answers it can score or refuses it cleanly
 * (400), never with another exception (a 500). Each committed input names a quiz on its first line (a slug, or
 * anything else to pick one by its hash); the fields or the JSON body follow.
 */
class QuizAnswersFuzzTest {

    private static final List<QuizDefinition> QUIZZES = QuizContentFiles.all();
    /** Lenient about unknown fields as Spring's converter is; every other Jackson problem is the 400 it answers. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"null", "yes", "no", "complicated", "not-sure", "prefer-not", "no-partner", "}", "-1", "0",
            "2147483648", "1e3"})
    void aScoreRequestIsScoredOrRefused(byte[] input) {
        FuzzFields fields = FuzzFields.of(input, 2);
        QuizDefinition quiz = quiz(fields.get(0));
        ScoreRequest request;
        try {
            request = JSON.readValue(fields.get(1) == null ? "" : fields.get(1), ScoreRequest.class);
        } catch (JacksonException unreadable) {
            return; // the controller's HttpMessageNotReadableException handler: 400
        }
        if (request == null) {
            return; // an empty or "null" body: Spring refuses a required body before the controller, 400
        }
        Answers answers;
        try {
            answers = QuizApiController.answers(quiz, request);
        } catch (QuizApiController.BadAnswers refused) {
            return;
        }
        for (int number = 1; number <= quiz.items().size(); number++) {
            int value = answers.item(number);
            if (value != Answers.SKIPPED && (value < 1 || value > 5)) {
                throw new AssertionError("item " + number + " was accepted as " + value);
            }
        }
        Scoring.score(quiz, answers);
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"back", "next", "x", "1", "5", ".", "yes", "no", "complicated", "not-sure", "prefer-not",
            "no-partner", "-1", "2147483647"})
    void aQuizFormIsReadOrRefused(byte[] input) {
        FuzzFields fields = FuzzFields.of(input, 7);
        QuizDefinition quiz = quiz(fields.get(0));
        List<String> posted = List.of("answers", "relationship", "safety", "step", "choice", "nav");
        QuizForm form;
        try { // a partner's invitation and a kept result's origin are not fuzzed here: absent
            form = QuizForm.read(name -> posted.contains(name) ? fields.get(1 + posted.indexOf(name)) : null);
        } catch (ResponseStatusException refused) {
            return; // a screen number that is not a number: 400
        }
        Answers answers;
        try {
            answers = QuizScreens.carried(quiz, form);
        } catch (ResponseStatusException refused) {
            return;
        }
        // what QuizController.answer does with them, up to the result
        List<Flow.Step> steps = Flow.steps(quiz, answers);
        int index = form.step() == null ? 0 : Math.clamp(form.step(), 0, steps.size() - 1);
        if (form.chose()) {
            try {
                answers = Flow.choose(steps.get(index), answers, form.choice());
            } catch (IllegalArgumentException notAChoice) {
                return;
            }
            steps = Flow.steps(quiz, answers);
        }
        for (Flow.Step each : steps) {
            Flow.chosen(each, answers);
        }
        if (form.chose() && !form.back() && index + 1 >= steps.size()) {
            Scoring.score(quiz, answers);
        }
        answers.encoded();
    }

    private static QuizDefinition quiz(String named) {
        String slug = named == null ? "" : named;
        return QUIZZES.stream().filter(quiz -> quiz.slug().equals(slug)).findFirst()
                .orElse(QUIZZES.get(Math.floorMod(slug.hashCode(), QUIZZES.size())));
    }
}

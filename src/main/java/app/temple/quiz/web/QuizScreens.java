package app.temple.quiz.web;

import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.Flow;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.QuizResults;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.Scoring;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * What the quiz pages share: finding a quiz by its address, reading the answers a form carries, and putting a question
 * screen or a result on the page. Taking a quiz, saving its result and inviting a partner all end on these screens;
 * they live here so that no controller has to call another.
 */
@Component
class QuizScreens {

    private final Quizzes quizzes;
    private final Accounts accounts;

    QuizScreens(Quizzes quizzes, Accounts accounts) {
        this.quizzes = quizzes;
        this.accounts = accounts;
    }

    QuizDefinition quiz(String slug) {
        return quizzes.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The answers a form carries, or 400 when they do not fit the quiz. */
    static Answers carried(QuizDefinition quiz, QuizForm form) {
        try {
            return Answers.decode(quiz, form.answers(), form.relationship(), form.safety());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The answers in this form do not fit the quiz.");
        }
    }

    /** @param origin the finished quiz's random id, so that keeping it twice keeps it once; may be null */
    String result(QuizDefinition quiz, Answers answers, java.util.UUID origin, String error, Model model) {
        var member = CurrentMember.id();
        boolean consented = member.map(id -> accounts.hasConsent(id, QuizResults.CONSENT)).orElse(false);
        model.addAttribute("view", new ResultView(Scoring.score(quiz, answers), member.isPresent(), consented, error, origin));
        return "quiz/result";
    }

    String screen(QuizDefinition quiz, Answers answers, int index, String error, String invite, Model model) {
        List<Flow.Step> steps = Flow.steps(quiz, answers);
        int at = Math.clamp(index, 0, steps.size() - 1);
        model.addAttribute("view", new QuestionView(quiz, steps.get(at), at + 1, steps.size(), answers, error, invite));
        return "quiz/question";
    }
}

package app.temple.quiz.web;

import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.QuizResults;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.SavedResult;
import app.temple.quiz.internal.Scoring;
import app.temple.site.ConfirmStep;
import app.temple.site.Dates;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A member keeps a result she chooses to, sees her history over time, and deletes any of it. */
@Controller
class QuizResultsController {

    static final String HISTORY = "/account/quizzes";

    private final Quizzes quizzes;
    private final QuizResults results;
    private final Accounts accounts;
    private final QuizScreens screens;

    QuizResultsController(Quizzes quizzes, QuizResults results, Accounts accounts, QuizScreens screens) {
        this.quizzes = quizzes;
        this.results = results;
        this.accounts = accounts;
        this.screens = screens;
    }

    /** Saving needs her consent; without it (never given, or withdrawn) nothing is stored until she gives it here. */
    @PostMapping(QuizController.INDEX + "/{slug}/save")
    String save(@PathVariable String slug, QuizForm form, Model model, HttpServletResponse response) {
        UUID me = me();
        QuizDefinition quiz = screens.quiz(slug);
        Answers answers = QuizScreens.carried(quiz, form);
        if (!accounts.hasConsent(me, QuizResults.CONSENT)) {
            if (!"yes".equals(form.consent())) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                response.setHeader("Cache-Control", "no-store");
                return screens.result(quiz, answers, form.origin(), "quiz.save.consentNeeded", model);
            }
            accounts.giveConsent(me, QuizResults.CONSENT);
        }
        results.save(me, Scoring.score(quiz, answers), form.origin()); // a second press keeps it once
        return "redirect:" + HISTORY + "?saved";
    }

    @GetMapping(HISTORY)
    String history(Model model) {
        Map<String, List<SavedResult>> bySlug = new LinkedHashMap<>();
        for (SavedResult result : results.of(me())) {
            bySlug.computeIfAbsent(result.quiz(), s -> new java.util.ArrayList<>()).add(result);
        }
        List<QuizHistory> histories = bySlug.entrySet().stream()
                .map(e -> new QuizHistory(quizzes.find(e.getKey(), e.getValue().getLast().version())
                        .or(() -> quizzes.find(e.getKey())).orElseThrow(), e.getValue()))
                .toList();
        model.addAttribute("histories", histories);
        model.addAttribute("consented", accounts.hasConsent(me(), QuizResults.CONSENT));
        return "quiz/history";
    }

    /** Asks before deleting one saved result: which quiz, and from when. Another's result, or none, is a 404. */
    @GetMapping(HISTORY + "/{id}/delete")
    ModelAndView confirmDelete(@PathVariable UUID id, Locale locale) {
        SavedResult result = results.of(me()).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String title = quizzes.find(result.quiz(), result.version()).map(q -> q.title().in(locale.getLanguage())).orElse(result.quiz());
        return new ConfirmStep("quiz.delete.confirm.title", "quiz.delete.confirm.text",
                List.of(title, Dates.day(result.takenAt(), Dates.HOME, locale)), HISTORY + "/" + id + "/delete", Map.of(),
                "quiz.delete.confirm.button", HISTORY).page();
    }

    @GetMapping(HISTORY + "/delete-all")
    ModelAndView confirmDeleteAll() {
        return new ConfirmStep("quiz.deleteAll.confirm.title", "quiz.deleteAll.confirm.text", List.of(),
                HISTORY + "/delete-all", Map.of(), "quiz.deleteAll.confirm.button", HISTORY).page();
    }

    @PostMapping(HISTORY + "/{id}/delete")
    String delete(@PathVariable UUID id) {
        if (!results.delete(me(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + HISTORY + "?deleted";
    }

    @PostMapping(HISTORY + "/delete-all")
    String deleteAll() {
        results.deleteAll(me());
        return "redirect:" + HISTORY + "?deleted";
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

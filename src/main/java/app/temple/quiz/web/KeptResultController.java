package app.temple.quiz.web;

import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import app.temple.quiz.internal.QuizResults;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The page of the result she has just finished, drawn again from her own browser ({@link ResultCookie}) on every
 * reload and language switch; forgetting it; and keeping it in an account, new or hers.
 */
@Controller
class KeptResultController {

    private final ResultCookie cookie;
    private final QuizScreens screens;
    private final QuizResults results;
    private final Accounts accounts;

    KeptResultController(ResultCookie cookie, QuizScreens screens, QuizResults results, Accounts accounts) {
        this.cookie = cookie;
        this.screens = screens;
        this.results = results;
        this.accounts = accounts;
    }

    static String resultPath(String slug) {
        return QuizController.INDEX + "/" + slug + "/result";
    }

    @GetMapping(QuizController.INDEX + "/{slug}/result")
    String result(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        return shown(slug, request, response,
                finished -> screens.result(finished.quiz(), finished.answers(), finished.origin(), null, model));
    }

    @PostMapping(QuizController.INDEX + "/{slug}/result/forget")
    String forget(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        screens.quiz(slug);
        cookie.clear(request, response);
        return "redirect:" + QuizController.INDEX + "/" + slug + "?forgotten";
    }

    /**
     * Keeping her result: a visitor creates an account or signs in, in forms that carry it; a member (back here after
     * signing in) keeps it with one button, or reads that it is kept.
     */
    @GetMapping(QuizController.INDEX + "/{slug}/result/keep")
    String keep(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        return shown(slug, request, response, finished -> {
            Optional<UUID> member = CurrentMember.id();
            model.addAttribute("finished", finished);
            model.addAttribute("member", member.isPresent());
            model.addAttribute("kept", member.map(id -> results.kept(id, finished.origin())).orElse(false));
            model.addAttribute("consented", member.map(id -> accounts.hasConsent(id, QuizResults.CONSENT)).orElse(false));
            model.addAttribute("history", QuizResultsController.HISTORY);
            return "quiz/keep";
        });
    }

    /**
     * A page drawn from her finished result, which no cache may keep; or, when there is none (never taken here,
     * forgotten, too old or altered), the quiz's first page, which says so gently.
     */
    private String shown(String slug, HttpServletRequest request, HttpServletResponse response,
                         Function<FinishedQuiz, String> page) {
        screens.quiz(slug); // 404 for a quiz that is not there
        Optional<FinishedQuiz> finished = cookie.read(request).filter(result -> result.quiz().slug().equals(slug));
        if (finished.isEmpty()) {
            cookie.clear(request, response);
            return "redirect:" + QuizController.INDEX + "/" + slug + "?gone";
        }
        response.setHeader("Cache-Control", "no-store");
        return page.apply(finished.get());
    }
}

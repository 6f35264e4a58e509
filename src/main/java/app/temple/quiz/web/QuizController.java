package app.temple.quiz.web;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.Flow;
import app.temple.quiz.internal.PartnerLinks;
import app.temple.quiz.internal.PartnerLinks.Link;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Quizzes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;

/**
 * Taking a quiz, one screen at a time, without keeping anything: the answers so far travel in the body of each
 * form post and come back in the next screen's hidden fields. The last post keeps the finished answers in her own
 * browser ({@link ResultCookie}) and sends her to the result's page, which depends on no state on the server.
 */
@Controller
class QuizController {

    static final String INDEX = "/quizzes";

    private final Quizzes quizzes;
    private final QuizScreens screens;
    private final PartnerLinks partners;
    private final ResultCookie resultCookie;

    QuizController(Quizzes quizzes, QuizScreens screens, PartnerLinks partners, ResultCookie resultCookie) {
        this.quizzes = quizzes;
        this.screens = screens;
        this.partners = partners;
        this.resultCookie = resultCookie;
    }

    @GetMapping(INDEX)
    String index(Model model) {
        model.addAttribute("quizzes", quizzes.all());
        return "quiz/index";
    }

    @GetMapping(INDEX + "/{slug}")
    String introduction(@PathVariable String slug, Model model, HttpServletRequest request) {
        model.addAttribute("quiz", screens.quiz(slug));
        // coming back from a result that is no longer there (too old, forgotten, altered): say so, gently
        model.addAttribute("notice", request.getParameter("forgotten") != null ? "quiz.result.forgotten"
                : request.getParameter("gone") != null ? "quiz.result.gone" : null);
        return "quiz/intro";
    }

    @GetMapping(INDEX + "/{slug}/how-it-works")
    String howItWorks(@PathVariable String slug, Model model) {
        model.addAttribute("quiz", screens.quiz(slug));
        return "quiz/how";
    }

    @GetMapping(INDEX + "/{slug}/questions")
    String first(@PathVariable String slug, Model model) {
        QuizDefinition quiz = screens.quiz(slug);
        return screens.screen(quiz, Answers.empty(quiz), 0, null, null, model);
    }

    @PostMapping(INDEX + "/{slug}/answer")
    String answer(@PathVariable String slug, QuizForm form, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        QuizDefinition quiz;
        if (form.invited()) {
            Optional<Link> invitation = partners.invitation(form.invite());
            if (invitation.isEmpty()) {
                response.setStatus(HttpStatus.GONE.value());
                return "quiz/partner-gone";
            }
            quiz = invited(invitation.get(), slug);
        } else {
            quiz = screens.quiz(slug);
        }
        Answers answers = QuizScreens.carried(quiz, form);
        List<Flow.Step> steps = Flow.steps(quiz, answers);
        int index = form.step() == null ? 0 : Math.clamp(form.step(), 0, steps.size() - 1);
        if (form.chose()) {
            answers = choose(steps.get(index), answers, form.choice());
            steps = Flow.steps(quiz, answers);
        }
        if (form.back()) {
            return screens.screen(quiz, answers, Math.max(0, index - 1), null, form.invite(), model);
        }
        if (!form.chose()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return screens.screen(quiz, answers, index, "quiz.error.choose", form.invite(), model);
        }
        if (index + 1 < steps.size()) {
            return screens.screen(quiz, answers, index + 1, null, form.invite(), model);
        }
        if (form.invited()) {
            return partnerFinished(quiz, form.invite(), answers, model, response);
        }
        resultCookie.write(quiz, answers, request, response);
        return seeResult(quiz, request, response);
    }

    /**
     * Her result has an address of its own, so that a reload or the language switch shows it again: the answer is a
     * redirect to it (303, so that a reload never posts her answers again). An htmx request would follow a redirect
     * without the address bar knowing, so htmx is asked to load the page itself.
     */
    private static String seeResult(QuizDefinition quiz, HttpServletRequest request, HttpServletResponse response) {
        String result = KeptResultController.resultPath(quiz.slug());
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", result);
        } else {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", result);
        }
        return null;
    }

    /** A partner's last answer: her result goes into the comparison, and she gets her own link to it. */
    private String partnerFinished(QuizDefinition quiz, String invite, Answers answers, Model model,
                                   HttpServletResponse response) {
        Optional<String> secret;
        try {
            secret = partners.finish(invite, quiz, answers);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "These answers are not for the quiz of this invitation.");
        }
        if (secret.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "quiz/partner-gone";
        }
        model.addAttribute("quiz", quiz);
        model.addAttribute("link", "/partner/view/" + secret.get());
        model.addAttribute("unsafe", answers.unsafe());
        model.addAttribute("safety", answers.safety());
        return "quiz/partner-finished";
    }

    private static Answers choose(Flow.Step step, Answers answers, String choice) {
        try {
            return Flow.choose(step, answers, choice);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "That is not one of the answers.");
        }
    }

    /**
     * The quiz a partner's answers are checked against: the invitation's, in the version it was made with, whatever
     * quiz the address names. An address naming another quiz is refused, so her answers are never stored for a quiz
     * the comparison would not score them with.
     */
    private QuizDefinition invited(Link invitation, String slug) {
        if (!invitation.quiz().equals(slug)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "This invitation is for another quiz.");
        }
        return quizzes.find(invitation.quiz(), invitation.version())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
    }

}

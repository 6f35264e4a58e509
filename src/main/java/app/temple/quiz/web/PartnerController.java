package app.temple.quiz.web;

import app.temple.account.CurrentMember;
import app.temple.account.MemberLimits;
import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.PartnerLinks;
import app.temple.quiz.internal.PartnerLinks.Link;
import app.temple.quiz.internal.PartnerLinks.Opened;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.Scoring;
import jakarta.servlet.http.HttpServletResponse;
import app.temple.site.ConfirmStep;
import app.temple.site.PublicAddress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Partner comparison for the quizzes that offer it. The member's side lives under her account; the partner's side
 * is reached only through two secrets: the single-use invitation, then her own link.
 */
@Controller
class PartnerController {

    static final String MINE = "/account/quizzes/partners";

    private final PartnerLinks partners;
    private final Quizzes quizzes;
    private final QuizScreens screens;
    private final PublicAddress publicAddress;
    private final MemberLimits limits;

    PartnerController(PartnerLinks partners, Quizzes quizzes, QuizScreens screens, PublicAddress publicAddress,
                      MemberLimits limits) {
        this.limits = limits;
        this.partners = partners;
        this.quizzes = quizzes;
        this.screens = screens;
        this.publicAddress = publicAddress;
    }

    @PostMapping(QuizController.INDEX + "/{slug}/partner")
    String invite(@PathVariable String slug, QuizForm form, Model model, HttpServletResponse response) {
        QuizDefinition quiz = screens.quiz(slug);
        if (!quiz.partnerComparison()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Answers answers = QuizScreens.carried(quiz, form);
        // an hourly limit per member before any link is made: each invitation reaches another person
        limits.acquireOrRefuse(me(), MemberLimits.Action.PARTNER_INVITE);
        var token = partners.invite(me(), quiz, answers);
        model.addAttribute("quiz", quiz);
        if (token.isEmpty()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("link", null);
        } else {
            model.addAttribute("link", publicAddress.of("/partner/" + token.get()));
        }
        response.setHeader("Cache-Control", "no-store");
        return "quiz/partner-invited";
    }

    @GetMapping("/partner/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        var link = partners.invitation(token);
        if (link.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "quiz/partner-gone";
        }
        model.addAttribute("quiz", quiz(link.get()));
        model.addAttribute("token", token);
        response.setHeader("Cache-Control", "no-store");
        return "quiz/partner-intro";
    }

    @PostMapping("/partner/{token}/start")
    String start(@PathVariable String token, Model model, HttpServletResponse response) {
        var link = partners.invitation(token);
        if (link.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "quiz/partner-gone";
        }
        QuizDefinition quiz = quiz(link.get());
        response.setHeader("Cache-Control", "no-store");
        return screens.screen(quiz, Answers.empty(quiz), 0, null, token, model);
    }

    /** Her own link: gone once withdrawn, or once it has expired ({@link PartnerLinks#VIEW_LIFETIME}). */
    @GetMapping("/partner/view/{secret}")
    String partnerView(@PathVariable String secret, Model model, HttpServletResponse response) {
        Opened opened = partners.openForPartner(secret).orElse(null);
        if (opened == null) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("text", "quiz.partner.gone.view");
            return "quiz/partner-gone";
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("view", comparison(opened, false, "/partner/view/" + secret));
        return "quiz/compare";
    }

    @PostMapping("/partner/view/{secret}/reveal")
    String partnerReveal(@PathVariable String secret) {
        partners.revealByPartner(secret);
        return "redirect:/partner/view/" + secret;
    }

    /** Asks before the partner ends the comparison, as the member is asked: it ends for both, and cannot be undone. */
    @GetMapping("/partner/view/{secret}/withdraw")
    Object confirmPartnerWithdraw(@PathVariable String secret, Locale locale, Model model, HttpServletResponse response) {
        Link link = partners.ofPartner(secret).orElse(null);
        response.setHeader("Cache-Control", "no-store");
        if (link == null) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("text", "quiz.partner.gone.view");
            return "quiz/partner-gone";
        }
        String view = "/partner/view/" + secret;
        return new ConfirmStep("quiz.partner.withdraw.confirm.title", "quiz.partner.withdraw.confirm.text",
                List.of(quiz(link).title().in(locale.getLanguage())), view + "/withdraw", Map.of(),
                "quiz.partner.withdraw.confirm.button", view).page();
    }

    @PostMapping("/partner/view/{secret}/withdraw")
    String partnerWithdraw(@PathVariable String secret) {
        partners.withdrawByPartner(secret);
        return "redirect:/partner/withdrawn";
    }

    @GetMapping("/partner/withdrawn")
    String withdrawn() {
        return "quiz/partner-withdrawn";
    }

    @GetMapping(MINE)
    String mine(Model model) {
        // the list shows only each comparison's state, so nobody's result is scored for it
        model.addAttribute("links", partners.of(me()).stream()
                .map(link -> new ComparisonView.Listed(quiz(link), link, MINE + "/" + link.id())).toList());
        return "quiz/partners";
    }

    @GetMapping(MINE + "/{id}")
    String memberView(@PathVariable UUID id, Model model) {
        Opened opened = partners.openForMember(me(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", comparison(opened, true, MINE + "/" + id));
        return "quiz/compare";
    }

    @PostMapping(MINE + "/{id}/reveal")
    String memberReveal(@PathVariable UUID id) {
        if (!partners.revealByMember(me(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + MINE + "/" + id;
    }

    /** Asks before she ends a comparison: her partner will no longer see it either. */
    @GetMapping(MINE + "/{id}/withdraw")
    ModelAndView confirmWithdraw(@PathVariable UUID id, Locale locale) {
        Link link = partners.of(me()).stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ConfirmStep("quiz.partner.withdraw.confirm.title", "quiz.partner.withdraw.confirm.text",
                List.of(quiz(link).title().in(locale.getLanguage())), MINE + "/" + id + "/withdraw", Map.of(),
                "quiz.partner.withdraw.confirm.button", MINE + "/" + id).page();
    }

    @PostMapping(MINE + "/{id}/withdraw")
    String memberWithdraw(@PathVariable UUID id) {
        if (!partners.withdrawByMember(me(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + MINE + "?withdrawn";
    }

    private ComparisonView comparison(Opened opened, boolean asMember, String base) {
        QuizDefinition quiz = quiz(opened.link());
        return new ComparisonView(quiz, opened.link(), asMember, base, scored(quiz, opened.memberAnswers()),
                scored(quiz, opened.partnerAnswers()));
    }

    /** A stored result scored with the comparison's quiz; one that does not fit it is not shown as if it did. */
    private static Result scored(QuizDefinition quiz, String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Scoring.score(quiz, PartnerLinks.answers(quiz, stored));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.GONE, "This comparison can no longer be shown.");
        }
    }

    private QuizDefinition quiz(Link link) {
        return quizzes.find(link.quiz(), link.version()).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

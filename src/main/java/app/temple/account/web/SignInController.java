package app.temple.account.web;

import app.temple.account.SignInReturn;
import app.temple.account.internal.AccountForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in pages. Spring Security handles the posts to {@code /sign-in} and {@code /sign-in/link*};
 * these controllers only show the forms and the second-factor step.
 */
@Controller
class SignInController {

    private final AccountForms forms;
    private final MessageSource messages;

    SignInController(AccountForms forms, MessageSource messages) {
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, Model model) {
        String wait = request.getParameter("wait");
        String notice = null;
        boolean problem = true;
        if (wait != null && wait.matches("\\d{1,4}")) {
            notice = message(request, "signIn.wait", Integer.parseInt(wait));
        } else if (request.getParameter("error") != null) {
            notice = message(request, "signIn.error");
        } else if (request.getParameter("expired") != null) {
            notice = message(request, "linkExpired.text");
        } else if (request.getParameter("ended") != null) {
            notice = message(request, "signIn.ended");
            problem = false;
        } else if (request.getParameter("reset") != null) {
            notice = message(request, "signIn.afterReset");
            problem = false;
        }
        model.addAttribute("notice", notice);
        model.addAttribute("problem", problem);
        // the page she came from (e.g. the time she chose), followed only if it is a path on this site
        model.addAttribute("next", SignInReturn.localPath(request.getParameter("next")).orElse(null));
        return "account/sign-in";
    }

    @GetMapping("/sign-in/link")
    String linkRequest() {
        return "account/link-request";
    }

    /**
     * Spring Security answers every post with an address (known or not) by sending her to the "sent" page; a post
     * with no address at all falls through to here, and gets the very same answer.
     */
    @PostMapping("/sign-in/link")
    String linkRequestWithoutAddress() {
        return "redirect:/sign-in/link/sent";
    }

    @GetMapping("/sign-in/link/sent")
    String linkSent(Model model) {
        return Notices.show(model, "signInLink.sent.title", "signInLink.sent.text", null, null);
    }

    /** The emailed link opens a page with a button: a mail scanner following links cannot use it up. */
    @GetMapping("/sign-in/link/use")
    String linkUse(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "account/link-use";
    }

    @GetMapping("/sign-in/second-factor")
    String secondFactor() {
        return "account/second-factor";
    }

    @PostMapping("/sign-in/second-factor")
    String secondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        if (forms.completeSecondFactor(code, request, response)) {
            return "redirect:" + forms.afterSecondFactor(request);
        }
        model.addAttribute("error", message(request, "secondFactor.wrong"));
        response.setStatus(422);
        return "account/second-factor";
    }

    private String message(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, RequestContextUtils.getLocale(request));
    }
}

package app.temple.account.web;

import app.temple.account.internal.AccountForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/** Forgotten password: a single-use link valid for 30 minutes. */
@Controller
class PasswordResetController {

    private final AccountForms forms;

    PasswordResetController(AccountForms forms) {
        this.forms = forms;
    }

    @GetMapping("/password-reset")
    String request() {
        return "account/reset-request";
    }

    @PostMapping("/password-reset")
    String send(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        forms.requestReset(email, request);
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent(Model model) {
        return Notices.show(model, "reset.sent.title", "reset.sent.text", null, null);
    }

    @GetMapping("/password-reset/new")
    String choose(@RequestParam(required = false) String token, Model model) {
        if (!forms.resetLinkIsValid(token)) {
            return Notices.show(model, "linkExpired.title", "linkExpired.text", "/password-reset", "reset.title");
        }
        model.addAttribute("token", token);
        return "account/reset-new";
    }

    @PostMapping("/password-reset/new")
    ModelAndView reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
                       HttpServletRequest request) {
        AccountForms.Outcome outcome = forms.resetPassword(token, password, RequestContextUtils.getLocale(request));
        if (outcome.ok()) {
            return new ModelAndView("redirect:/sign-in?reset");
        }
        if (outcome.linkExpired()) {
            return Notices.view(HttpStatus.GONE, "linkExpired.title", "linkExpired.text", "/password-reset", "reset.title");
        }
        ModelAndView again = new ModelAndView("account/reset-new", HttpStatus.UNPROCESSABLE_ENTITY);
        again.addObject("token", token);
        again.addObject("error", outcome.error());
        return again;
    }
}

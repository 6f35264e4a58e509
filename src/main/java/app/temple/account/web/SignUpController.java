package app.temple.account.web;

import app.temple.account.internal.AccountForms;
import app.temple.account.internal.AccountForms.SignUp;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/** Creating an account and confirming its email address. */
@Controller
class SignUpController {

    private final AccountForms forms;

    SignUpController(AccountForms forms) {
        this.forms = forms;
    }

    @GetMapping("/sign-up")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "account/sign-up";
    }

    @PostMapping("/sign-up")
    ModelAndView signUp(SignUp form, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = forms.signUp(form, RequestContextUtils.getLocale(request), request, response);
        if (!errors.isEmpty()) {
            ModelAndView again = new ModelAndView("account/sign-up", HttpStatus.UNPROCESSABLE_ENTITY);
            again.addObject("errors", errors);
            again.addObject("email", form.email() == null ? "" : form.email());
            again.addObject("displayName", form.displayName() == null ? "" : form.displayName());
            // what she was bringing along (a quiz result) stays in the form she corrects
            again.addObject("carried", forms.carried(request));
            return again;
        }
        return new ModelAndView("redirect:/sign-up/check-email");
    }

    @GetMapping("/sign-up/check-email")
    String checkEmail(Model model) {
        return Notices.show(model, "checkEmail.title", "checkEmail.text", null, null);
    }

    /**
     * The emailed link only shows a button: mail scanners that open every link in a letter must neither confirm
     * the address nor, for a passkey sign-up, sign anyone in. Nothing is looked up or used until she presses it.
     */
    @GetMapping("/verify-email")
    String confirmFirst(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "account/verify";
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        AccountForms.Confirmed confirmed = forms.verifyEmail(token, request, response);
        response.setHeader("Cache-Control", "no-store");
        return switch (confirmed.confirmation()) {
            case CONFIRMED -> confirmed.kept()
                    .map(kept -> Notices.show(model, "verified.title", "verified.keptSignIn", "/sign-in", "signIn.title"))
                    .orElseGet(() -> Notices.show(model, "verified.title", "verified.text", "/sign-in", "signIn.title"));
            case SIGNED_IN -> confirmed.next() != null ? "redirect:" + confirmed.next() : confirmed.kept()
                    .map(kept -> Notices.show(model, "verified.title", kept.messageKey(), kept.href(), kept.linkKey()))
                    .orElseGet(() -> Notices.show(model, "verified.title", "verified.signedIn", "/account", "account.title"));
            case SIGNED_IN_TO_ADD_PASSKEY -> "redirect:/account/security/passkeys?new";
            case LINK_EXPIRED -> Notices.show(model, "linkExpired.title", "linkExpired.text", "/sign-in", "signIn.title");
        };
    }
}

package app.temple.account.web;

import app.temple.account.Role;
import app.temple.account.internal.AccountForms;
import app.temple.account.internal.StaffInvitations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Admins invite practitioners, editors and other admins; invitees accept by a single-use link. */
@Controller
class StaffController {

    private static final Set<Role> INVITABLE = Set.of(Role.PRACTITIONER, Role.EDITOR, Role.ADMIN);

    private final StaffInvitations invitations;

    StaffController(StaffInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/admin/staff")
    String staff(@RequestParam(required = false) String invited, Model model) {
        model.addAttribute("staff", invitations.staff());
        model.addAttribute("invited", invited != null);
        model.addAttribute("error", null);
        model.addAttribute("email", "");
        return "account/staff";
    }

    @PostMapping("/admin/staff")
    ModelAndView invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
                        HttpServletRequest request) {
        Role chosen = INVITABLE.stream().filter(r -> r.name().equalsIgnoreCase(role)).findFirst().orElse(null);
        if (chosen == null || !AccountForms.looksLikeEmail(email.strip())) {
            ModelAndView again = new ModelAndView("account/staff", HttpStatus.UNPROCESSABLE_ENTITY);
            again.addObject("staff", invitations.staff());
            again.addObject("invited", false);
            again.addObject("error", "staff.invalid");
            again.addObject("email", email);
            return again;
        }
        invitations.invite(email.strip(), chosen, RequestContextUtils.getLocale(request));
        return new ModelAndView("redirect:/admin/staff?invited");
    }

    @GetMapping("/invitation")
    String invitation(@RequestParam(required = false) String token, Model model) {
        if (!invitations.isValid(token)) {
            return Notices.show(model, "linkExpired.title", "linkExpired.text", "/", "error.home");
        }
        model.addAttribute("token", token);
        model.addAttribute("error", null);
        return "account/invitation";
    }

    @PostMapping("/invitation")
    ModelAndView accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String displayName,
                        @RequestParam(defaultValue = "") String password, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return invitations.accept(token, displayName, password, locale)
                .map(refusal -> {
                    ModelAndView again = new ModelAndView("account/invitation", HttpStatus.UNPROCESSABLE_ENTITY);
                    again.addObject("token", token);
                    again.addObject("error", refusal.messageKey());
                    again.addObject("number", refusal.number());
                    return again;
                })
                .orElseGet(() -> new ModelAndView("redirect:/sign-in?reset", Map.of()));
    }
}

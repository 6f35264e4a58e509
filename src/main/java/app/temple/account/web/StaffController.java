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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Admins invite practitioners, editors and other admins; invitees accept by a single-use link, and only
 * then hold the role. An admin revokes a role in two steps (ask, confirm), both POSTs carrying the CSRF token.
 */
@Controller
class StaffController {

    private static final Set<Role> INVITABLE = Set.of(Role.PRACTITIONER, Role.EDITOR, Role.ADMIN);

    private final StaffInvitations invitations;

    StaffController(StaffInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/admin/staff")
    String staff(@RequestParam(required = false) String invited, @RequestParam(required = false) String revoked,
                 Model model) {
        model.addAttribute("staff", invitations.staff());
        model.addAttribute("pending", invitations.invited());
        model.addAttribute("notice", invited != null ? "staff.invited" : revoked != null ? "staff.revoked" : null);
        model.addAttribute("error", null);
        model.addAttribute("email", "");
        return "account/staff";
    }

    /**
     * Revokes a staff role: without {@code confirmed=yes}, the page that asks to confirm; with it, the role
     * goes and her sessions end. An unknown person or a role she does not hold is a 404; the last admin's
     * own admin role is refused with the reason.
     */
    @PostMapping("/admin/staff/revoke")
    ModelAndView revoke(@RequestParam(defaultValue = "") String member, @RequestParam(defaultValue = "") String role,
                        @RequestParam(defaultValue = "") String confirmed) {
        UUID id = parse(member);
        Role chosen = INVITABLE.stream().filter(r -> r.name().equals(role)).findFirst().orElse(null);
        if (id == null || chosen == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        StaffInvitations.StaffMember found = invitations.staffMember(id)
                .filter(staff -> staff.roles().contains(chosen))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!"yes".equals(confirmed)) {
            ModelAndView ask = new ModelAndView("account/staff-revoke");
            ask.addObject("member", found);
            ask.addObject("role", chosen);
            return ask;
        }
        return switch (invitations.revoke(id, chosen)) {
            case REVOKED -> new ModelAndView("redirect:/admin/staff?revoked");
            case NOT_HELD -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case LAST_ADMIN -> {
                ModelAndView refused = new ModelAndView("account/staff", HttpStatus.UNPROCESSABLE_ENTITY);
                refused.addObject("staff", invitations.staff());
                refused.addObject("pending", invitations.invited());
                refused.addObject("notice", null);
                refused.addObject("refusal", "staff.lastAdmin");
                refused.addObject("error", null);
                refused.addObject("email", "");
                yield refused;
            }
        };
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @PostMapping("/admin/staff")
    ModelAndView invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
                        HttpServletRequest request) {
        Role chosen = INVITABLE.stream().filter(r -> r.name().equalsIgnoreCase(role)).findFirst().orElse(null);
        if (chosen == null || !AccountForms.looksLikeEmail(email.strip())) {
            ModelAndView again = new ModelAndView("account/staff", HttpStatus.UNPROCESSABLE_ENTITY);
            again.addObject("staff", invitations.staff());
            again.addObject("pending", invitations.invited());
            again.addObject("notice", null);
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

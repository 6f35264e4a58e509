package app.temple.account.web;

import app.temple.account.CurrentMember;
import app.temple.account.internal.MemberSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/**
 * Her passkeys: the list, and removing one. Creating one needs the browser's WebAuthn API, so the page's
 * button works with JavaScript (Spring Security's /webauthn/register endpoints); without it the page says so.
 */
@Controller
class PasskeysController {

    private final MemberSettings settings;

    PasskeysController(MemberSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/account/security/passkeys")
    String passkeys(@RequestParam(required = false) String added, @RequestParam(required = false, name = "new") String fresh,
                    jakarta.servlet.http.HttpServletRequest request, Model model) {
        // adding one needs a fresh confirmation (the /webauthn/register endpoints hold to it); the page says so first
        model.addAttribute("confirmed", settings.recentlyConfirmed(request));
        model.addAttribute("passkeys", settings.passkeys(me()));
        model.addAttribute("welcome", fresh != null);
        model.addAttribute("added", added != null);
        return "account/passkeys";
    }

    /** Removing one changes how she signs in: like every such change, it waits for a fresh confirmation. */
    @PostMapping("/account/security/passkeys/delete")
    String delete(@RequestParam String id, jakarta.servlet.http.HttpServletRequest request) {
        if (!settings.recentlyConfirmed(request)) {
            return app.temple.account.Reauthentication.confirmThenReturnTo("/account/security/passkeys");
        }
        if (!settings.deletePasskey(me(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account/security/passkeys";
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

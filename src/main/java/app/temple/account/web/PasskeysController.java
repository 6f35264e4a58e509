package app.temple.account.web;

import app.temple.account.CurrentMember;
import app.temple.account.internal.MemberSettings;
import app.temple.site.ConfirmStep;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
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
                    @RequestParam(required = false) String removed,
                    jakarta.servlet.http.HttpServletRequest request, Model model) {
        // adding one needs a fresh confirmation (the /webauthn/register endpoints hold to it); the page says so first
        model.addAttribute("confirmed", settings.recentlyConfirmed(request));
        model.addAttribute("passkeys", settings.passkeys(me()));
        model.addAttribute("welcome", fresh != null);
        model.addAttribute("added", added != null);
        model.addAttribute("removed", removed != null);
        return "account/passkeys";
    }

    /** Asks before removing a passkey, by its name: she will no longer sign in with it. */
    @GetMapping("/account/security/passkeys/delete")
    org.springframework.web.servlet.ModelAndView confirmDelete(@RequestParam(defaultValue = "") String id) {
        MemberSettings.PasskeyView passkey = settings.passkeys(me()).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ConfirmStep("passkeys.remove.confirm.title", "passkeys.remove.confirm.text", List.of(passkey.label()),
                "/account/security/passkeys/delete", Map.of("id", passkey.id()), "passkeys.remove.confirm.button",
                "/account/security/passkeys").page();
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
        return "redirect:/account/security/passkeys?removed";
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

package app.temple.privacy.web;

import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import app.temple.account.Reauthentication;
import app.temple.privacy.AccessLog;
import app.temple.privacy.internal.PrivacyCentre;
import app.temple.site.ConfirmStep;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The member's privacy centre: what is kept and why, her export, who has looked, her consents, erasure. */
@Controller
class PrivacyCentreController {

    static final String PAGE = "/account/privacy";
    /** The consents a member can give or withdraw here. */
    static final List<String> CONSENTS = List.of("save-results", "emails");

    private final PrivacyCentre centre;
    private final Accounts accounts;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final Clock clock;

    PrivacyCentreController(PrivacyCentre centre, Accounts accounts, AccessLog accessLog, MessageSource messages, Clock clock) {
        this.centre = centre;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String centre(@org.springframework.web.bind.annotation.RequestParam(required = false) String saved, Model model,
                  HttpServletRequest request) {
        // only the two known words print anything: the address cannot be made to say something of its own
        model.addAttribute("notice", "on".equals(saved) ? "privacyCentre.saved.on" : "off".equals(saved) ? "privacyCentre.saved.off" : null);
        UUID me = me();
        // the download link asks for her password first unless she confirmed a moment ago; then it downloads at once
        model.addAttribute("exportReady", Reauthentication.isFresh(request, clock.millis()));
        List<Accounts.Consent> given = accounts.consents(me);
        model.addAttribute("consents", CONSENTS.stream()
                .map(purpose -> new ConsentView(purpose, given.stream().anyMatch(c -> c.purpose().equals(purpose) && c.active())))
                .toList());
        model.addAttribute("accesses", accessLog.of(me).stream()
                .map(entry -> AccessView.of(entry, messages, LocaleContextHolder.getLocale())).toList());
        return "privacy/centre";
    }

    /** Everything about her in one file: asked again for her password first, as a stolen session must not take it away. */
    @GetMapping(PAGE + "/export")
    ResponseEntity<?> export(HttpServletRequest request) {
        if (!Reauthentication.isFresh(request, clock.millis())) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(java.net.URI.create(Reauthentication.confirmPage(PAGE + "/export")))
                    .build();
        }
        String name = "temple-export-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(centre.export(me()));
    }

    /**
     * Asks before a consent is turned off, saying what goes with it (turning off saved results deletes them); turning
     * one on needs no second step.
     */
    @GetMapping(PAGE + "/consents/{purpose}/{choice}")
    ModelAndView confirmWithdrawal(@PathVariable String purpose, @PathVariable String choice) {
        if (!CONSENTS.contains(purpose) || !"withdraw".equals(choice)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new ConfirmStep("consent.withdraw.confirm.title", "consent.withdraw.confirm." + purpose, List.of(),
                PAGE + "/consents/" + purpose + "/withdraw", Map.of(), "consent.withdraw.confirm.button", PAGE + "#consents").page();
    }

    @PostMapping(PAGE + "/consents/{purpose}/{choice}")
    String consent(@PathVariable String purpose, @PathVariable String choice) {
        if (!CONSENTS.contains(purpose)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        switch (choice) {
            case "give" -> accounts.giveConsent(me(), purpose);
            case "withdraw" -> accounts.withdrawConsent(me(), purpose);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + PAGE + "?saved=" + ("give".equals(choice) ? "on" : "off") + "#consents";
    }

    @GetMapping(PAGE + "/erase")
    String confirmErasure(HttpServletRequest request) {
        if (!Reauthentication.isFresh(request, clock.millis())) {
            return Reauthentication.confirmThenReturnTo(PAGE + "/erase");
        }
        return "privacy/erase";
    }

    @PostMapping(PAGE + "/erase")
    String erase(HttpServletRequest request) {
        if (!Reauthentication.isFresh(request, clock.millis())) {
            return Reauthentication.confirmThenReturnTo(PAGE + "/erase");
        }
        centre.erase(me());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/erased";
    }

    @GetMapping("/erased")
    String erased() {
        return "privacy/erased";
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

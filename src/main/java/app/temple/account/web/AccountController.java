package app.temple.account.web;

import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import app.temple.account.Reauthentication;
import app.temple.account.SignInReturn;
import app.temple.account.SignInState;
import org.springframework.security.core.context.SecurityContextHolder;
import app.temple.account.internal.AccountForms;
import app.temple.account.internal.EmailChanges;
import app.temple.account.internal.MemberSettings;
import app.temple.site.ConfirmStep;
import app.temple.site.Dates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Her account's settings: sessions, second factor, password, email address, and re-authentication. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final MemberSettings settings;
    private final MessageSource messages;
    private final EmailChanges emailChanges;

    AccountController(Accounts accounts, MemberSettings settings, MessageSource messages, EmailChanges emailChanges) {
        this.accounts = accounts;
        this.settings = settings;
        this.messages = messages;
        this.emailChanges = emailChanges;
    }

    /** Her settings, one level below her home: sign-in and security, and the way to her privacy centre. */
    @GetMapping(AccountRoutes.SETTINGS)
    String settings(@RequestParam(required = false) String saved, Model model) {
        model.addAttribute("profile", accounts.profile(me()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("notice", SavedNotice.messageKeyOf(saved));
        return "account/settings";
    }

    @GetMapping("/account/sessions")
    String sessions(@RequestParam(required = false) String ended, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        List<SessionView> views = settings.sessions(me(), request.getSession().getId()).stream()
                .map(s -> new SessionView(s.handle(), device(s.device(), locale), Dates.dayAndTime(s.lastSeen(), Dates.HOME, locale),
                        s.current()))
                .toList();
        model.addAttribute("sessions", views);
        model.addAttribute("notice", ended == null ? null : "sessions.ended");
        return "account/sessions";
    }

    /** Asks before ending one of her sessions: which device, and that it will have to sign in again. */
    @GetMapping("/account/sessions/end")
    ModelAndView confirmEndSession(@RequestParam(defaultValue = "") String handle, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        SessionView session = settings.sessions(me(), request.getSession().getId()).stream()
                .filter(s -> !s.current() && !s.handle().isEmpty() && s.handle().equals(handle))
                .map(s -> new SessionView(s.handle(), device(s.device(), locale), "", false))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ConfirmStep("sessions.end.confirm.title", "sessions.end.confirm.text", List.of(session.device()),
                "/account/sessions/end", Map.of("handle", session.handle()), "sessions.end.confirm.button",
                "/account/sessions").page();
    }

    /** Ends one of her sessions, named by the handle the sessions page shows; another's handle is a 404. */
    @PostMapping("/account/sessions/end")
    String endSession(@RequestParam(defaultValue = "") String handle) {
        if (!settings.endSession(me(), handle)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account/sessions?ended";
    }

    /** A session's coarse device label ("chrome/linux", see {@code Devices}) in her language. */
    private String device(String label, Locale locale) {
        String[] parts = label == null ? new String[0] : label.split("/", 2);
        if (parts.length != 2) {
            return messages.getMessage("sessions.device.unknown", null, locale);
        }
        return messages.getMessage("sessions.device", new Object[] {
                messages.getMessage("device.browser." + parts[0], null, parts[0], locale),
                messages.getMessage("device.system." + parts[1], null, parts[1], locale)}, locale);
    }

    @GetMapping("/account/sessions/end-others")
    ModelAndView confirmEndOthers() {
        return new ConfirmStep("sessions.endOthers.confirm.title", "sessions.endOthers.confirm.text", List.of(),
                "/account/sessions/end-others", Map.of(), "sessions.endOthers.confirm.button", "/account/sessions").page();
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(HttpServletRequest request) {
        settings.endOtherSessions(me(), request.getSession().getId());
        return "redirect:/account/sessions?ended";
    }

    @GetMapping(Reauthentication.CONFIRM_PAGE)
    String confirm(@RequestParam(defaultValue = "/account") String next, Model model) {
        model.addAttribute("next", safe(next));
        model.addAttribute("hasPassword", settings.hasPassword(me()));
        model.addAttribute("hasPasskey", !settings.passkeys(me()).isEmpty());
        model.addAttribute("hasTotp", settings.hasTotp(me()));
        return "account/confirm";
    }

    @PostMapping(Reauthentication.CONFIRM_PAGE)
    ModelAndView confirmed(@RequestParam(defaultValue = "/account") String next,
                           @RequestParam(required = false) String password, @RequestParam(required = false) String code,
                           HttpServletRequest request) {
        if (settings.confirm(me(), password, code, request)) {
            // a session that has just proven itself again gets a new id, as at every sign-in
            request.changeSessionId();
            return new ModelAndView("redirect:" + safe(next));
        }
        ModelAndView again = new ModelAndView("account/confirm", HttpStatus.UNPROCESSABLE_ENTITY);
        again.addObject("next", safe(next));
        again.addObject("hasPassword", settings.hasPassword(me()));
        again.addObject("hasPasskey", !settings.passkeys(me()).isEmpty());
        again.addObject("hasTotp", settings.hasTotp(me()));
        again.addObject("error", messages.getMessage("confirm.wrong", null, RequestContextUtils.getLocale(request)));
        return again;
    }

    /**
     * Turning the app on or off changes how she signs in, so it waits for a fresh confirmation: otherwise a stolen
     * session could enrol its own app and lock her out. A staff account enrolling its first app has just given its
     * password, and can do nothing else until it has.
     */
    @GetMapping("/account/security/totp")
    String totp(HttpServletRequest request, Model model) {
        if (mustConfirmFirst(request)) {
            return Reauthentication.confirmThenReturnTo("/account/security/totp");
        }
        MemberSettings.TotpState state = settings.totp(me());
        addTotp(model, state);
        return "account/totp";
    }

    @PostMapping("/account/security/totp")
    ModelAndView enableTotp(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                            HttpServletResponse response) {
        if (mustConfirmFirst(request)) {
            return new ModelAndView(Reauthentication.confirmThenReturnTo("/account/security/totp"));
        }
        List<String> codes = settings.enableTotp(me(), code, request, response);
        if (!codes.isEmpty()) {
            ModelAndView done = new ModelAndView("account/totp");
            done.addObject("enabled", true);
            done.addObject("recoveryCodes", codes);
            return done;
        }
        return settings.retryTotp(me()).map(state -> {
            ModelAndView again = new ModelAndView("account/totp", HttpStatus.UNPROCESSABLE_ENTITY);
            again.addObject("enabled", false);
            again.addObject("secret", state.secret());
            again.addObject("qr", state.qr());
            again.addObject("error", messages.getMessage("secondFactor.wrong", null, RequestContextUtils.getLocale(request)));
            return again;
        }).orElseGet(() -> new ModelAndView("redirect:/account/security/totp"));
    }

    /** New recovery codes replace the old ones, after a fresh confirmation; shown once, on this answer only. */
    @PostMapping("/account/security/totp/recovery-codes")
    ModelAndView renewRecoveryCodes(HttpServletRequest request) {
        if (!settings.recentlyConfirmed(request)) {
            return new ModelAndView(Reauthentication.confirmThenReturnTo("/account/security/totp"));
        }
        List<String> codes = settings.renewRecoveryCodes(me());
        if (codes.isEmpty()) {
            return new ModelAndView("redirect:/account/security/totp");
        }
        ModelAndView renewed = new ModelAndView("account/totp");
        renewed.addObject("enabled", true);
        renewed.addObject("renewed", true);
        renewed.addObject("recoveryCodes", codes);
        return renewed;
    }

    @GetMapping("/account/security/totp/disable")
    ModelAndView confirmDisableTotp() {
        return new ConfirmStep("totp.disable.confirm.title", "totp.disable.confirm.text", List.of(),
                "/account/security/totp/disable", Map.of(), "totp.disable.confirm.button", "/account/security/totp").page();
    }

    @PostMapping("/account/security/totp/disable")
    String disableTotp(HttpServletRequest request) {
        if (!settings.recentlyConfirmed(request)) {
            return Reauthentication.confirmThenReturnTo("/account/security/totp");
        }
        settings.disableTotp(me());
        return SavedNotice.TOTP_OFF.redirectTo(AccountRoutes.SETTINGS);
    }

    @GetMapping("/account/security/password")
    String password(HttpServletRequest request) {
        if (!settings.recentlyConfirmed(request)) {
            return Reauthentication.confirmThenReturnTo("/account/security/password");
        }
        return "account/password";
    }

    @PostMapping("/account/security/password")
    ModelAndView changePassword(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
                                RedirectAttributes redirect) {
        if (!settings.recentlyConfirmed(request)) {
            return new ModelAndView(Reauthentication.confirmThenReturnTo("/account/security/password"));
        }
        return settings.changePassword(me(), password, RequestContextUtils.getLocale(request))
                .map(error -> {
                    ModelAndView again = new ModelAndView("account/password", HttpStatus.UNPROCESSABLE_ENTITY);
                    again.addObject("error", error);
                    return again;
                })
                .orElseGet(() -> new ModelAndView(SavedNotice.PASSWORD.redirectTo(AccountRoutes.SETTINGS)));
    }

    @GetMapping("/account/security/email")
    String email(HttpServletRequest request) {
        if (!settings.recentlyConfirmed(request)) {
            return Reauthentication.confirmThenReturnTo("/account/security/email");
        }
        return "account/email";
    }

    @PostMapping("/account/security/email")
    ModelAndView changeEmail(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        if (!settings.recentlyConfirmed(request)) {
            return new ModelAndView(Reauthentication.confirmThenReturnTo("/account/security/email"));
        }
        String address = email.trim();
        if (!AccountForms.looksLikeEmail(address)) {
            ModelAndView again = new ModelAndView("account/email", HttpStatus.UNPROCESSABLE_ENTITY);
            again.addObject("email", email);
            again.addObject("error", messages.getMessage("field.email.invalid", null, RequestContextUtils.getLocale(request)));
            return again;
        }
        emailChanges.propose(me(), address);
        return Notices.view(HttpStatus.OK, "emailChange.sent.title", "emailChange.sent.text", AccountRoutes.SETTINGS, "account.settings.back");
    }

    /** The emailed link only asks: a mail scanner that opens every link must not change her address. */
    @GetMapping("/verify-email/change")
    String confirmEmailFirst(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("action", "/verify-email/change");
        return "account/verify";
    }

    @PostMapping("/verify-email/change")
    String confirmEmail(@RequestParam(required = false) String token, Model model) {
        return emailChanges.confirm(token)
                ? Notices.show(model, "emailChange.done.title", "emailChange.done.text", AccountRoutes.SETTINGS, "account.settings.back")
                : Notices.show(model, "linkExpired.title", "linkExpired.text", "/account", "account.back");
    }

    private static void addTotp(Model model, MemberSettings.TotpState state) {
        model.addAttribute("enabled", state.enabled());
        model.addAttribute("secret", state.secret());
        model.addAttribute("qr", state.qr());
        model.addAttribute("unusedCodes", state.unusedCodes());
    }

    /** Only a path on this site: a crafted "next" cannot send her elsewhere after confirming. */
    static String safe(String next) {
        return SignInReturn.localPath(next).orElse("/account");
    }

    /** Turning the app on waits for a fresh confirmation, but for a staff account enrolling its first one. */
    private boolean mustConfirmFirst(HttpServletRequest request) {
        return !settings.recentlyConfirmed(request)
                && SignInState.of(SecurityContextHolder.getContext().getAuthentication()) != SignInState.MUST_ENROL;
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

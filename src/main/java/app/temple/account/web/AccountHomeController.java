package app.temple.account.web;

import app.temple.account.AccountHomeSection;
import app.temple.account.Accounts;
import app.temple.account.CurrentMember;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Her account home: a card from each module that keeps something of hers (courses, sessions, quiz results,
 * reflections), in their order, and the way to her settings. The cards come through {@link AccountHomeSection}, so
 * this module depends on none of the modules that fill it.
 */
@Controller
class AccountHomeController {

    private final Accounts accounts;
    private final List<AccountHomeSection> sections;

    AccountHomeController(Accounts accounts, List<AccountHomeSection> sections) {
        this.accounts = accounts;
        this.sections = sections.stream().sorted(Comparator.comparingInt(AccountHomeSection::order)).toList();
    }

    @GetMapping(AccountRoutes.HOME)
    String home(HttpServletRequest request, Model model) {
        UUID me = CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("profile", accounts.profile(me).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("cards", sections.stream().map(section -> section.cardFor(me, locale))
                .flatMap(Optional::stream).toList());
        return "account/home";
    }
}

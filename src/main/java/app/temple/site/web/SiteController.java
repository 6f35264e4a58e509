package app.temple.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of the site shell itself: home, the privacy promise and where to get help now. */
@Controller
class SiteController {

    static final String HOME = "/";
    static final String PRIVACY = "/privacy";
    static final String HELP = "/help";

    private final Navigation navigation;
    private final HelpContacts helpContacts;

    SiteController(Navigation navigation, HelpContacts helpContacts) {
        this.navigation = navigation;
        this.helpContacts = helpContacts;
    }

    @GetMapping(HOME)
    String home(Model model) {
        model.addAttribute("paths", Navigation.SECTIONS.stream()
                .map(section -> new HomePath(section, navigation.isServed(section)))
                .toList());
        return "site/home";
    }

    @GetMapping(PRIVACY)
    String privacy() {
        return "site/privacy";
    }

    @GetMapping(HELP)
    String help(Model model) {
        model.addAttribute("help", helpContacts.directory());
        return "site/help";
    }
}

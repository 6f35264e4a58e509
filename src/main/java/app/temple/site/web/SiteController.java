package app.temple.site.web;

import app.temple.site.ContentEpoch;
import app.temple.site.SharedPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of the site shell itself: home, the privacy promise, where to get help now, and who we are. */
@Controller
class SiteController {

    static final String HOME = "/";
    static final String PRIVACY = "/privacy";
    static final String HELP = "/help";
    static final String ABOUT = "/about";

    private final Navigation navigation;
    private final HelpContacts helpContacts;

    SiteController(Navigation navigation, HelpContacts helpContacts) {
        this.navigation = navigation;
        this.helpContacts = helpContacts;
    }

    @GetMapping(HOME)
    String home(HttpServletRequest request, Model model) {
        model.addAttribute("paths", Navigation.SECTIONS.stream()
                .map(section -> new HomePath(section, navigation.isServed(section)))
                .toList());
        SharedPage.share(request, model, ContentEpoch.RELEASE);
        return "site/home";
    }

    @GetMapping(PRIVACY)
    String privacy(HttpServletRequest request, Model model) {
        SharedPage.share(request, model, ContentEpoch.RELEASE);
        return "site/privacy";
    }

    /** Who runs Temple, how its content is written and reviewed, how it is paid for, what it never does with data. */
    @GetMapping(ABOUT)
    String about(HttpServletRequest request, Model model) {
        SharedPage.share(request, model, ContentEpoch.RELEASE);
        return "site/about";
    }

    @GetMapping(HELP)
    String help(HttpServletRequest request, Model model) {
        model.addAttribute("help", helpContacts.directory());
        SharedPage.share(request, model, ContentEpoch.RELEASE);
        return "site/help";
    }
}

package app.temple.site.web;

import app.temple.site.ContentEpoch;
import app.temple.site.HomeReading;
import app.temple.site.SharedPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** The pages of the site shell itself: home, the privacy promise, where to get help now, and who we are. */
@Controller
class SiteController {

    static final String HOME = "/";
    static final String PRIVACY = "/privacy";
    static final String HELP = "/help";
    static final String ABOUT = "/about";

    private final Navigation navigation;
    private final HelpContacts helpContacts;
    private final ObjectProvider<HomeReading> reading;

    SiteController(Navigation navigation, HelpContacts helpContacts, ObjectProvider<HomeReading> reading) {
        this.navigation = navigation;
        this.helpContacts = helpContacts;
        this.reading = reading;
    }

    /** The invitation to a quiz, then what to read, the courses and the sessions; a section shows once it is served. */
    @GetMapping(HOME)
    String home(HttpServletRequest request, Locale locale, Model model) {
        HomeReading articles = reading.getIfAvailable();
        model.addAttribute("reading", articles == null ? HomeReading.Picks.NONE : articles.picks(locale));
        model.addAttribute("courses", navigation.isServed(Navigation.COURSES));
        model.addAttribute("sessions", navigation.isServed(Navigation.SESSIONS));
        // everything but the articles changes only with a release, so the Journal's epoch decides when to render again
        SharedPage.share(request, articles == null ? ContentEpoch.RELEASE : articles.epoch());
        return "site/home";
    }

    @GetMapping(PRIVACY)
    String privacy(HttpServletRequest request) {
        SharedPage.share(request, ContentEpoch.RELEASE);
        return "site/privacy";
    }

    /** Who runs Temple, how its content is written and reviewed, how it is paid for, what it never does with data. */
    @GetMapping(ABOUT)
    String about(HttpServletRequest request) {
        SharedPage.share(request, ContentEpoch.RELEASE);
        return "site/about";
    }

    @GetMapping(HELP)
    String help(HttpServletRequest request, Model model) {
        model.addAttribute("help", helpContacts.directory());
        SharedPage.share(request, ContentEpoch.RELEASE);
        return "site/help";
    }
}

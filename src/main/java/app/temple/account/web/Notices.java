package app.temple.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** The one-message pages ("check your email", "link expired"…) share one template. */
final class Notices {

    private Notices() {
    }

    /** The notice page with a status, for answers that are not 200 (an expired link is 410 Gone). */
    static ModelAndView view(HttpStatus status, String titleKey, String textKey, String linkHref, String linkKey) {
        ModelAndView notice = new ModelAndView("account/notice", status);
        notice.addObject("titleKey", titleKey);
        notice.addObject("textKey", textKey);
        notice.addObject("linkHref", linkHref);
        notice.addObject("linkKey", linkKey);
        return notice;
    }

    static String show(Model model, String titleKey, String textKey, String linkHref, String linkKey) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("textKey", textKey);
        model.addAttribute("linkHref", linkHref);
        model.addAttribute("linkKey", linkKey);
        return "account/notice";
    }
}

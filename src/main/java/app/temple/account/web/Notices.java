package app.temple.account.web;

import org.springframework.ui.Model;

/** The one-message pages ("check your email", "link expired"…) share one template. */
final class Notices {

    private Notices() {
    }

    static String show(Model model, String titleKey, String textKey, String linkHref, String linkKey) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("textKey", textKey);
        model.addAttribute("linkHref", linkHref);
        model.addAttribute("linkKey", linkKey);
        return "account/notice";
    }
}

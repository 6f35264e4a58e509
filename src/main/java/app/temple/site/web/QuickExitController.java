package app.temple.site.web;

import app.temple.site.ForgottenOnQuickExit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * Quick exit leaves through here: what the modules keep in her browser is deleted on the way (a result she just
 * finished), and she lands on the neutral page at once. A plain link, so it works without script; the script only
 * replaces the history entry.
 */
@Controller
class QuickExitController {

    static final String PATH = "/quick-exit";

    private final List<ForgottenOnQuickExit> forgotten;
    private final String neutralPage;

    QuickExitController(List<ForgottenOnQuickExit> forgotten, @Value("${temple.quick-exit-url}") String neutralPage) {
        this.forgotten = forgotten;
        this.neutralPage = neutralPage;
    }

    @GetMapping(PATH)
    void leave(HttpServletRequest request, HttpServletResponse response) {
        forgotten.forEach(module -> module.forget(request, response));
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", neutralPage);
    }
}

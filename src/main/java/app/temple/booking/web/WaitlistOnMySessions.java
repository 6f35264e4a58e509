package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.Waitlists;
import app.temple.site.Dates;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.List;
import java.util.Locale;

/** Her places in waitlists on "My sessions", beside her sessions, each with a way to leave. */
@ControllerAdvice(assignableTypes = MySessionsController.class)
class WaitlistOnMySessions {

    private final Waitlists waitlists;
    private final Practitioners practitioners;

    WaitlistOnMySessions(Waitlists waitlists, Practitioners practitioners) {
        this.waitlists = waitlists;
        this.practitioners = practitioners;
    }

    @ModelAttribute("waiting")
    List<WaitingView> waiting(HttpServletRequest request) {
        if (!BookingRoutes.MINE.equals(request.getRequestURI())) {
            return List.of();
        }
        Locale locale = RequestContextUtils.getLocale(request);
        return CurrentMember.id().map(member -> waitlists.ofMember(member).stream().map(entry -> new WaitingView(
                practitioners.byId(entry.practitioner()).map(p -> p.name()).orElse(""),
                practitioners.sessionType(entry.sessionType()).map(t -> t.name().in(locale)).orElse(""),
                Dates.day(entry.joinedAt(), entry.memberZone(), locale),
                "/account/waitlist/" + entry.id() + "/leave")).toList()).orElse(List.of());
    }
}

package app.temple.booking.web;

import app.temple.booking.internal.DeskCalendarFeed;
import app.temple.booking.internal.Practitioner;
import app.temple.site.ConfirmStep;
import app.temple.site.Dates;
import app.temple.site.PublicAddress;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * Her private calendar subscription. The address is shown once, right after she makes it (only a keyed hash is
 * kept); renewing makes a new one and the old stops working, revoking ends it. The feed itself needs no sign-in.
 */
@Controller
class PractitionerCalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final PractitionerDeskContext context;
    private final DeskCalendarFeed feeds;
    private final PublicAddress address;

    PractitionerCalendarController(PractitionerDeskContext context, DeskCalendarFeed feeds, PublicAddress address) {
        this.context = context;
        this.feeds = feeds;
        this.address = address;
    }

    @GetMapping(PractitionerDeskRoutes.CALENDAR)
    ModelAndView calendar(@RequestParam(required = false) String revoked) {
        return page(context.me(), null, revoked != null ? "desk.calendar.revoked" : null);
    }

    /** Answers with the page itself, not a redirect, so that the secret never sits in an address or a log. */
    @PostMapping(PractitionerDeskRoutes.CALENDAR_RENEW)
    ModelAndView renew() {
        Practitioner me = context.me();
        String secret = feeds.renew(me.id());
        return page(me, address.of("/desk/calendar/" + secret + ".ics"), "desk.calendar.made");
    }

    /** Asks before the feed is turned off: every calendar that reads it stops showing her sessions. */
    @GetMapping(PractitionerDeskRoutes.CALENDAR_REVOKE)
    ModelAndView confirmRevoke() {
        context.me();
        return new ConfirmStep("desk.calendar.revoke.confirm.title", "desk.calendar.revoke.confirm.text", List.of(),
                PractitionerDeskRoutes.CALENDAR_REVOKE, Map.of(), "desk.calendar.revoke.confirm.button",
                PractitionerDeskRoutes.CALENDAR).page();
    }

    @PostMapping(PractitionerDeskRoutes.CALENDAR_REVOKE)
    ModelAndView revoke() {
        feeds.revoke(context.me().id());
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.CALENDAR + "?revoked");
    }

    @GetMapping(PractitionerDeskRoutes.CALENDAR_FEED)
    ResponseEntity<String> feed(@PathVariable String secret) {
        return feeds.feed(secret)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex").body(ics))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView page(Practitioner me, String link, String notice) {
        ModelAndView page = new ModelAndView("booking/practitioner-calendar");
        page.addObject("link", link);
        page.addObject("since", feeds.since(me.id())
                .map(made -> Dates.dayAndTime(made, me.zone(), LocaleContextHolder.getLocale())).orElse(null));
        page.addObject("notice", notice);
        return page;
    }
}

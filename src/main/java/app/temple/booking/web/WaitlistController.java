package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.WaitlistOutcome;
import app.temple.booking.internal.WaitlistService;
import app.temple.booking.internal.Waitlists;
import app.temple.site.ConfirmStep;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Joining a practitioner's waitlist when she has no free time, leaving it, and taking a time offered from it by
 * letter. The offer's link only shows the time; the button takes it (mail scanners open links).
 */
@Controller
class WaitlistController {

    static final String JOIN = "/sessions/practitioners/{practitioner}/{type}/waitlist";
    static final String LEAVE = "/account/waitlist/{id}/leave";
    // neutral: the path is in her letter, where no word may say what it is about (privacy rule 7)
    static final String OFFER = "/account/offer";

    private final Practitioners practitioners;
    private final BookingService bookings;
    private final WaitlistService waitlist;
    private final Waitlists waitlists;

    WaitlistController(Practitioners practitioners, BookingService bookings, WaitlistService waitlist, Waitlists waitlists) {
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.waitlist = waitlist;
        this.waitlists = waitlists;
    }

    @GetMapping(JOIN)
    ModelAndView page(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String zone,
                      HttpServletRequest request) {
        Practitioner found = practitioner(practitioner);
        SessionType chosen = BookingForms.type(found, type, practitioners);
        boolean waiting = waitlists.ofMember(me()).stream().anyMatch(e -> e.sessionType().equals(chosen.id()));
        String state = waiting ? "waiting" : bookings.freeSlots(found, chosen).isEmpty() ? "join" : "free";
        return page(found, chosen, MemberZones.orDefault(zone), state, request, HttpStatus.OK);
    }

    @PostMapping(JOIN)
    ModelAndView join(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String zone,
                      HttpServletRequest request) {
        Practitioner found = practitioner(practitioner);
        SessionType chosen = BookingForms.type(found, type, practitioners);
        ZoneId hers = zone == null || zone.isBlank() ? MemberZones.DEFAULT
                : MemberZones.parse(zone).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        return switch (waitlist.join(me(), chosen.id(), hers, RequestContextUtils.getLocale(request))) {
            case WaitlistOutcome.Waiting waiting -> new ModelAndView("redirect:" + BookingRoutes.MINE + "#waitlist");
            case WaitlistOutcome.TimesFree free -> page(found, chosen, hers, "free", request, HttpStatus.CONFLICT);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** Asks before she leaves a waitlist: joining again puts her at the back of the line. */
    @GetMapping(LEAVE)
    ModelAndView confirmLeave(@PathVariable String id, Locale locale) {
        var entry = waitlists.ofMember(me(), uuid(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String type = practitioners.sessionType(entry.sessionType()).map(t -> t.name().in(locale)).orElse("");
        String with = practitioners.byId(entry.practitioner()).map(Practitioner::name).orElse("");
        return new ConfirmStep("booking.waitlist.leave.confirm.title", "booking.waitlist.leave.confirm.text", List.of(type, with),
                "/account/waitlist/" + entry.id() + "/leave", Map.of(), "booking.waitlist.leave.confirm.button",
                BookingRoutes.MINE + "#waitlist").page();
    }

    @PostMapping(LEAVE)
    String leave(@PathVariable String id) {
        if (!waitlist.leave(me(), uuid(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + BookingRoutes.MINE + "?left#waitlist";
    }

    @GetMapping(OFFER)
    ModelAndView offer(@RequestParam(required = false) String token, HttpServletRequest request) {
        WaitlistService.Offered offered = waitlist.offered(me(), token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = RequestContextUtils.getLocale(request);
        SessionType type = practitioners.sessionType(offered.entry().sessionType()).orElseThrow();
        Practitioner practitioner = practitioners.byId(offered.entry().practitioner()).orElseThrow();
        ModelAndView page = new ModelAndView("booking/waitlist-offer");
        page.addObject("offer", new OfferView(practitioner.name(), type.name().in(locale),
                Times.of(offered.offer().slot(), offered.entry().memberZone(), locale) + " (" + offered.entry().memberZone().getId() + ")",
                Times.of(offered.offer().slot(), practitioner.zone(), locale) + " (" + practitioner.zone().getId() + ")", token));
        return page;
    }

    @PostMapping(OFFER)
    ModelAndView take(@RequestParam(required = false) String token) {
        return switch (waitlist.accept(me(), token)) {
            case WaitlistOutcome.Booked booked -> new ModelAndView("redirect:" + BookingRoutes.one(booked.booking().id()) + "?booked");
            case WaitlistOutcome.Taken taken -> new ModelAndView("booking/waitlist-taken", HttpStatus.CONFLICT);
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private ModelAndView page(Practitioner practitioner, SessionType type, ZoneId zone, String state,
                              HttpServletRequest request, HttpStatus status) {
        Locale locale = RequestContextUtils.getLocale(request);
        String slots = BookingRoutes.slots(practitioner.slug(), type.slug());
        ModelAndView page = new ModelAndView("booking/waitlist", status);
        page.addObject("waitlist", new WaitlistView(practitioner.name(), type.name().in(locale), slots + "/waitlist", slots,
                zone.getId(), MemberZones.choices(zone), state));
        return page;
    }

    private Practitioner practitioner(String slug) {
        return BookingForms.activePractitioner(slug, practitioners);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

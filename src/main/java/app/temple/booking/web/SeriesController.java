package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SeriesOffers;
import app.temple.booking.internal.SeriesOutcome;
import app.temple.booking.internal.SeriesRequest;
import app.temple.booking.internal.SeriesService;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.SharedItems;
import app.temple.booking.internal.Slot;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking a session type offered as a weekly series: choose the first time from a week of free times, see every
 * session of the series, choose what to share (as for one session; nothing by default), book them all at once. What
 * she shares is saved for each session of the series, and she can change it per session afterwards. A week that
 * cannot be had books nothing and is named; an item that is not hers books nothing either (422).
 */
@Controller
class SeriesController {

    static final String SERIES = "/sessions/practitioners/{practitioner}/{type}/series";

    private final Practitioners practitioners;
    private final BookingService bookings;
    private final SeriesService series;
    private final SeriesOffers offers;
    private final SlotPage slotPage;
    private final MessageSource messages;
    private final SharedItems shared;

    SeriesController(Practitioners practitioners, BookingService bookings, SeriesService series, SeriesOffers offers,
                     SlotPage slotPage, MessageSource messages, SharedItems shared) {
        this.shared = shared;
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.series = series;
        this.offers = offers;
        this.slotPage = slotPage;
        this.messages = messages;
    }

    /** Without a start: a week of free first times; with one: every session of the series, to confirm. */
    @GetMapping(SERIES)
    ModelAndView page(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String start,
                      @RequestParam(required = false) String zone, @RequestParam(required = false) String from,
                      HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        Offered offered = offered(practitioner, type);
        Practitioner found = offered.practitioner();
        SessionType chosen = offered.type();
        ZoneId hers = MemberZones.orDefault(zone);
        String page = BookingRoutes.slots(found.slug(), chosen.slug()) + "/series";
        List<Slot> free = bookings.freeSlots(found, chosen);
        Optional<Instant> wanted = Times.instant(start).filter(w -> free.stream().anyMatch(s -> s.start().equals(w)));
        if (wanted.isPresent()) {
            return confirm(offered, wanted.get(), hers, BookingForms.newKey(), null, List.of(), null, locale,
                    HttpStatus.OK);
        }
        ModelAndView week = new ModelAndView("booking/series-slots");
        week.addObject("weeks", offered.weeks());
        week.addObject("back", BookingRoutes.slots(found.slug(), chosen.slug()));
        week.addObject("slots", slotPage.week(messages.getMessage("booking.series.heading",
                        new Object[] {offered.weeks(), chosen.name().in(locale), found.name()}, locale), free, found, hers,
                slotPage.fromParameter(from, hers), locale, page, slot -> SlotPage.withSlot(page, slot, hers)));
        return week;
    }

    @PostMapping(SERIES)
    ModelAndView book(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String start,
                      @RequestParam(required = false) String zone, @RequestParam(required = false) String key,
                      @RequestParam(name = "share", required = false) List<String> share, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        Offered offered = offered(practitioner, type);
        Instant first = Times.instant(start).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        ZoneId hers = MemberZones.parse(zone).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (key == null || !key.matches("[A-Za-z0-9_-]{16,56}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Locale language = "sv".equals(locale.getLanguage()) ? Locale.of("sv") : Locale.ENGLISH;
        UUID member = CurrentMember.id().orElseThrow();
        List<String> sharing = share == null ? List.of() : share;
        // checked before booking, so that a refused choice books nothing and she gets her form back as she left it
        if (!shared.allHers(member, sharing, locale)) {
            return confirm(offered, first, hers, key, null, sharing, "booking.share.notHers", locale,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return switch (series.book(new SeriesRequest(member, offered.type().id(), first, hers, language, key))) {
            case SeriesOutcome.Booked booked -> {
                // her choice goes with every session; a form sent twice makes the same choice again, which changes nothing
                booked.bookings().forEach(session -> shared.share(session, sharing, locale));
                yield new ModelAndView("redirect:" + BookingRoutes.MINE + "?series");
            }
            case SeriesOutcome.Collides collides -> confirm(offered, first, hers, BookingForms.newKey(),
                    messages.getMessage("booking.series.collides", new Object[] {collides.week(),
                            Times.of(collides.slot(), hers, locale)}, locale), sharing, null, locale, HttpStatus.CONFLICT);
            case SeriesOutcome.NotOffered notOffered -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private ModelAndView confirm(Offered offered, Instant first, ZoneId zone, String key, String error,
                                 List<String> sharing, String shareError, Locale locale, HttpStatus status) {
        Practitioner practitioner = offered.practitioner();
        SessionType type = offered.type();
        List<SeriesView.Occurrence> occurrences = new ArrayList<>();
        List<Slot> slots = series.occurrences(type, practitioner, first);
        for (int i = 0; i < slots.size(); i++) {
            occurrences.add(new SeriesView.Occurrence(i + 1, Times.of(slots.get(i), zone, locale),
                    Times.of(slots.get(i), practitioner.zone(), locale)));
        }
        String page = BookingRoutes.slots(practitioner.slug(), type.slug()) + "/series";
        ModelAndView confirm = new ModelAndView("booking/series", status);
        confirm.addObject("series", new SeriesView(practitioner.name(), type.name().in(locale), offered.weeks(), page, first.toString(),
                zone.getId(), key, occurrences, error, SlotPage.inZone(page, zone)));
        confirm.addObject("theirZone", practitioner.zone().getId());
        confirm.addObject("share", ShareChoice.of(shared.shareableOf(CurrentMember.id().orElseThrow(), locale), sharing,
                zone, locale));
        confirm.addObject("shareError", shareError);
        return confirm;
    }

    /** A practitioner's session type offered as a series of {@code weeks}. */
    private record Offered(Practitioner practitioner, SessionType type, int weeks) {
    }

    /** The series the path names; 404 when there is no such practitioner or type, or it is not offered as a series. */
    private Offered offered(String practitioner, String type) {
        Practitioner found = BookingForms.activePractitioner(practitioner, practitioners);
        SessionType chosen = BookingForms.type(found, type, practitioners);
        int weeks = offers.weeks(chosen.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Offered(found, chosen, weeks);
    }
}

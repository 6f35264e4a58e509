package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.Bookings;
import app.temple.booking.internal.ChangeRules;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.SharedItems;
import app.temple.booking.internal.Slot;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * "My sessions": her upcoming and past sessions, one session with its video room, and moving or cancelling it while
 * the session type's window allows. Another member's session, or one that does not exist, is a 404 alike.
 */
@Controller
class MySessionsController {

    /** A reason is a sentence or two for the practitioner; a longer one is refused with a message, never cut. */
    static final int REASON_MAXIMUM = 500;

    private final Bookings bookings;
    private final Practitioners practitioners;
    private final BookingService service;
    private final SharedItems shared;
    private final SlotPage slotPage;
    private final MessageSource messages;
    private final Clock clock;
    private final String contact;

    MySessionsController(Bookings bookings, Practitioners practitioners, BookingService service, SharedItems shared,
                         SlotPage slotPage, MessageSource messages, Clock clock,
                         @Value("${temple.booking.contact-email:}") String contact) {
        this.shared = shared;
        this.contact = contact;
        this.bookings = bookings;
        this.practitioners = practitioners;
        this.service = service;
        this.slotPage = slotPage;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(BookingRoutes.MINE)
    String mine(HttpServletRequest request, org.springframework.ui.Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        UUID member = me();
        Instant now = clock.instant();
        List<Booking> all = bookings.ofMember(member);
        model.addAttribute("upcoming", all.stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && b.slot().end().isAfter(now))
                .sorted(java.util.Comparator.comparing((Booking b) -> b.slot().start()))
                .map(b -> view(b, member, locale, false)).toList());
        model.addAttribute("past", all.stream()
                .filter(b -> !(b.status() == BookingStatus.CONFIRMED && b.slot().end().isAfter(now)))
                .map(b -> view(b, member, locale, false)).toList());
        return "booking/mine";
    }

    @GetMapping(BookingRoutes.ONE)
    ModelAndView one(@PathVariable String id, HttpServletRequest request) {
        ModelAndView page = bookingPage(hers(id), request, HttpStatus.OK);
        page.addObject("booked", request.getParameter("booked") != null);
        page.addObject("moved", request.getParameter("moved") != null);
        page.addObject("cancelled", request.getParameter("cancelled") != null);
        page.addObject("sharedSaved", request.getParameter("shared") != null);
        return page;
    }

    /**
     * What she shares with the practitioner: the ticked boxes become the whole choice, so unticking one unshares it at
     * once. Once the session has started the choice is fixed (409); an item that is not hers changes nothing (422).
     */
    @PostMapping(BookingRoutes.SHARED)
    ModelAndView share(@PathVariable String id, @RequestParam(name = "share", required = false) List<String> share,
                       HttpServletRequest request) {
        Booking booking = hers(id);
        List<String> chosen = share == null ? List.of() : share;
        return switch (shared.share(booking, chosen, RequestContextUtils.getLocale(request))) {
            case SAVED -> new ModelAndView("redirect:" + BookingRoutes.one(booking.id()) + "?shared");
            case FIXED -> withSharing(bookingPage(booking, request, HttpStatus.CONFLICT), booking, request,
                    shared.sharedKeys(booking.id()), "booking.share.fixed");
            case UNKNOWN_ITEM -> withSharing(bookingPage(booking, request, HttpStatus.UNPROCESSABLE_ENTITY),
                    booking, request, chosen, "booking.share.notHers");
        };
    }

    /** Her session's page; the notices of what just happened are off unless the caller turns one on. */
    private ModelAndView bookingPage(Booking booking, HttpServletRequest request, HttpStatus status) {
        ModelAndView page = new ModelAndView("booking/booking", status);
        page.addObject("booking", view(booking, me(), RequestContextUtils.getLocale(request), true));
        page.addObject("booked", false);
        page.addObject("moved", false);
        page.addObject("cancelled", false);
        page.addObject("contact", contact);
        page.addObject("sharedSaved", false);
        return withSharing(page, booking, request, shared.sharedKeys(booking.id()), null);
    }

    /** Her items on her session page, {@code ticked} ticked, with why her last change came back ({@code error}). */
    private ModelAndView withSharing(ModelAndView page, Booking booking, HttpServletRequest request,
                                     java.util.Collection<String> ticked, String error) {
        Locale locale = RequestContextUtils.getLocale(request);
        page.addObject("sharing", new SharingView(shared.changeable(booking),
                ShareChoice.of(shared.shareableOf(booking.member(), locale), ticked, booking.memberZone(), locale), error));
        return page;
    }

    /** Without a start: a week of free times of the same type; with one: the step that confirms the move. */
    @GetMapping(BookingRoutes.MOVE)
    ModelAndView move(@PathVariable String id, @RequestParam(required = false) String start,
                      @RequestParam(required = false) String zone, @RequestParam(required = false) String from,
                      HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        Booking booking = hers(id);
        SessionType type = practitioners.sessionType(booking.sessionType()).orElseThrow();
        Practitioner practitioner = practitioners.byId(booking.practitioner()).orElseThrow();
        BookingView view = view(booking, me(), locale, false);
        if (!view.mayChange()) {
            return new ModelAndView("redirect:" + BookingRoutes.one(booking.id()));
        }
        ZoneId hers = MemberZones.parse(zone).orElse(booking.memberZone());
        List<Slot> free = service.freeSlots(practitioner, type, booking.id());
        String page = BookingRoutes.one(booking.id()) + "/move";
        Optional<Instant> wanted = Times.instant(start);
        if (wanted.isPresent()) {
            Optional<Slot> slot = free.stream().filter(s -> s.start().equals(wanted.get())).findFirst();
            if (slot.isPresent()) {
                ModelAndView confirm = new ModelAndView("booking/move");
                confirm.addObject("booking", view);
                confirm.addObject("start", slot.get().start().toString());
                confirm.addObject("whenNew", Times.of(slot.get(), hers, locale));
                confirm.addObject("zone", hers.getId());
                return confirm;
            }
        }
        ModelAndView week = new ModelAndView("booking/move-slots");
        week.addObject("booking", view);
        week.addObject("slots", slotPage.week(messages.getMessage("booking.move.heading", null, locale), free, practitioner,
                hers, slotPage.fromParameter(from, hers), locale, page, slot -> SlotPage.withSlot(page, slot, hers)));
        return week;
    }

    @PostMapping(BookingRoutes.MOVE)
    ModelAndView moved(@PathVariable String id, @RequestParam(required = false) String start, HttpServletRequest request) {
        Booking booking = hers(id);
        Instant wanted = Times.instant(start).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        return switch (service.move(me(), booking.id(), wanted)) {
            case BookingOutcome.Done done -> new ModelAndView("redirect:" + BookingRoutes.one(booking.id()) + "?moved");
            case BookingOutcome.Taken taken -> {
                Locale locale = RequestContextUtils.getLocale(request);
                String page = BookingRoutes.one(booking.id()) + "/move";
                ModelAndView gone = new ModelAndView("booking/taken", HttpStatus.CONFLICT);
                gone.addObject("taken", new TakenView(taken.nearest().stream().map(slot -> new SlotsView.Time(
                        Times.of(slot, booking.memberZone(), locale), null, SlotPage.withSlot(page, slot, booking.memberZone())))
                        .toList(), page));
                yield gone;
            }
            case BookingOutcome.NotAllowed notAllowed -> notAllowed(booking, request);
            case BookingOutcome.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** Asks before cancelling: what, when and with whom, and room for a reason; a session she can no longer change is 409. */
    @GetMapping(BookingRoutes.CANCEL)
    ModelAndView confirmCancel(@PathVariable String id, HttpServletRequest request) {
        Booking booking = hers(id);
        BookingView view = view(booking, me(), RequestContextUtils.getLocale(request), false);
        if (!view.mayChange()) {
            return notAllowed(booking, request);
        }
        return cancelPage(view, HttpStatus.OK, null, "");
    }

    private static ModelAndView cancelPage(BookingView booking, HttpStatus status, String error, String reason) {
        ModelAndView page = new ModelAndView("booking/cancel", status);
        page.addObject("booking", booking);
        page.addObject("error", error);
        page.addObject("reason", reason);
        return page;
    }

    @PostMapping(BookingRoutes.CANCEL)
    ModelAndView cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request) {
        Booking booking = hers(id);
        Locale locale = RequestContextUtils.getLocale(request);
        if (reason.length() > REASON_MAXIMUM) {
            return cancelPage(view(booking, me(), locale, false), HttpStatus.UNPROCESSABLE_ENTITY,
                    messages.getMessage("booking.cancel.tooLong", new Object[] {String.valueOf(REASON_MAXIMUM)}, locale), reason);
        }
        return switch (service.cancel(me(), booking.id(), reason)) {
            case BookingOutcome.Done done -> new ModelAndView("redirect:" + BookingRoutes.one(booking.id()) + "?cancelled");
            case BookingOutcome.NotAllowed notAllowed -> notAllowed(booking, request);
            case BookingOutcome.Taken taken -> throw new ResponseStatusException(HttpStatus.CONFLICT);
            case BookingOutcome.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** 409: her session's page, which says why she cannot change it and how to reach the practitioner. */
    private ModelAndView notAllowed(Booking booking, HttpServletRequest request) {
        return bookingPage(bookings.byId(booking.id()).orElse(booking), request, HttpStatus.CONFLICT);
    }

    private Booking hers(String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return bookings.ofMember(me(), parsed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private BookingView view(Booking booking, UUID member, Locale locale, boolean withNote) {
        Practitioner practitioner = practitioners.byId(booking.practitioner()).orElseThrow();
        SessionType type = practitioners.sessionType(booking.sessionType()).orElseThrow();
        ChangeRules.Decision decision = service.decision(booking, type);
        String state = switch (decision) {
            case ChangeRules.Allowed allowed -> "allowed";
            case ChangeRules.InsideWindow window -> "window";
            case ChangeRules.Past past -> "past";
            case ChangeRules.Closed closed -> "closed";
        };
        return new BookingView(booking.id().toString(), BookingRoutes.one(booking.id()), practitioner.name(),
                practitioner.path(), type.name().in(locale), Times.of(booking.slot(), booking.memberZone(), locale),
                Times.of(booking.slot(), practitioner.zone(), locale), booking.memberZone().getId(),
                "booking.status." + booking.status().column(), state, type.cancellationWindow().toHours(),
                booking.status() == BookingStatus.CONFIRMED ? service.roomLink(booking) : null,
                withNote ? service.noteOf(member, booking.id()).orElse(null) : null);
    }

    private static UUID me() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

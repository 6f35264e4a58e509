package app.temple.booking.web;

import app.temple.account.Accounts;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.Bookings;
import app.temple.booking.internal.Desk;
import app.temple.booking.internal.DeskNotes;
import app.temple.booking.internal.DeskOutcome;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SharedItems;
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

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The practitioner's desk: her upcoming and past sessions in her own zone, each session with what the client wrote
 * for her, her own private note, a cancellation with a reason before it begins and a no-show mark after it ends.
 */
@Controller
class PractitionerDeskController {

    private final PractitionerDeskContext context;
    private final Desk desk;
    private final DeskNotes notes;
    private final SharedItems shared;
    private final Bookings bookings;
    private final Practitioners practitioners;
    private final BookingService service;
    private final Accounts accounts;
    private final Clock clock;

    PractitionerDeskController(PractitionerDeskContext context, Desk desk, DeskNotes notes, SharedItems shared,
                               Bookings bookings, Practitioners practitioners, BookingService service, Accounts accounts,
                               Clock clock) {
        this.shared = shared;
        this.context = context;
        this.desk = desk;
        this.notes = notes;
        this.bookings = bookings;
        this.practitioners = practitioners;
        this.service = service;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping(PractitionerDeskRoutes.DESK)
    ModelAndView desk(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("booking/practitioner-desk");
        Practitioner me = context.practitioner().orElse(null);
        page.addObject("name", me == null ? null : me.name());
        page.addObject("zone", me == null ? "" : me.zone().getId());
        page.addObject("active", me == null || me.active());
        if (me == null) {
            page.addObject("upcoming", List.of());
            page.addObject("past", List.of());
            return page;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        Instant now = clock.instant();
        List<Booking> all = desk.sessionsOf(me);
        page.addObject("upcoming", all.stream().filter(b -> upcoming(b, now)).map(b -> row(b, me, locale)).toList());
        page.addObject("past", all.stream().filter(b -> !upcoming(b, now))
                .sorted(Comparator.comparing((Booking b) -> b.slot().start()).reversed())
                .map(b -> row(b, me, locale)).toList());
        return page;
    }

    @GetMapping(PractitionerDeskRoutes.SESSION)
    ModelAndView session(@PathVariable String id, @RequestParam(required = false) String done, HttpServletRequest request) {
        Practitioner me = context.me();
        ModelAndView page = sessionPage(me, context.session(me, id), request, HttpStatus.OK, null, "", null);
        page.addObject("notice", done == null ? null : switch (done) {
            case "note" -> "desk.session.noteSaved";
            case "no-show" -> "desk.session.noShowMarked";
            case "cancelled" -> "desk.session.cancelled";
            case "refund" -> "desk.refund.requested";
            default -> null;
        });
        return page;
    }

    @PostMapping(PractitionerDeskRoutes.NOTE)
    ModelAndView note(@PathVariable String id, @RequestParam(defaultValue = "") String note, HttpServletRequest request) {
        Practitioner me = context.me();
        Booking booking = context.session(me, id);
        if (note.length() > DeskNotes.MAXIMUM) {
            return sessionPage(me, booking, request, HttpStatus.UNPROCESSABLE_ENTITY, "desk.session.noteTooLong", "", note);
        }
        notes.write(booking, note);
        return new ModelAndView("redirect:" + PractitionerDeskRoutes.session(booking.id()) + "?done=note");
    }

    @PostMapping(PractitionerDeskRoutes.NO_SHOW)
    ModelAndView noShow(@PathVariable String id, HttpServletRequest request) {
        Practitioner me = context.me();
        Booking booking = context.session(me, id);
        return switch (desk.markNoShow(me, booking.id())) {
            case DONE -> new ModelAndView("redirect:" + PractitionerDeskRoutes.session(booking.id()) + "?done=no-show");
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case TOO_EARLY_OR_LATE -> sessionPage(me, booking, request, HttpStatus.CONFLICT, "desk.session.noShowTooEarly", "", null);
            case NOT_CONFIRMED -> sessionPage(me, booking, request, HttpStatus.CONFLICT, "desk.session.notConfirmed", "", null);
        };
    }

    @PostMapping(PractitionerDeskRoutes.CANCEL)
    ModelAndView cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request) {
        Practitioner me = context.me();
        Booking booking = context.session(me, id);
        if (reason.length() > MySessionsController.REASON_MAXIMUM) {
            return sessionPage(me, booking, request, HttpStatus.UNPROCESSABLE_ENTITY, "desk.session.reasonTooLong", reason, null);
        }
        return switch (desk.cancel(me, booking.id(), reason)) {
            case DONE -> new ModelAndView("redirect:" + PractitionerDeskRoutes.session(booking.id()) + "?done=cancelled");
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case TOO_EARLY_OR_LATE -> sessionPage(me, booking, request, HttpStatus.CONFLICT, "desk.session.begun", reason, null);
            case NOT_CONFIRMED -> sessionPage(me, booking, request, HttpStatus.CONFLICT, "desk.session.notConfirmed", reason, null);
        };
    }

    /**
     * One session's page. Opening it reads the client's note and what she shared, each read written to her access log; a refused form
     * comes back with what she typed ({@code reason}, or {@code noteInput} in place of the stored note).
     */
    private ModelAndView sessionPage(Practitioner me, Booking booking, HttpServletRequest request, HttpStatus status,
                                     String error, String reason, String noteInput) {
        Booking current = bookings.byId(booking.id()).orElse(booking);
        Locale locale = RequestContextUtils.getLocale(request);
        Instant now = clock.instant();
        boolean confirmed = current.status() == BookingStatus.CONFIRMED;
        PractitionerSessionView view = new PractitionerSessionView(PractitionerDeskRoutes.session(current.id()),
                Times.of(current.slot(), me.zone(), locale), me.zone().getId(), typeName(current, locale),
                clientName(current), "booking.status." + current.status().column(),
                confirmed ? service.roomLink(current) : null,
                desk.clientNote(current, context.account()).orElse(null),
                shared.openFor(current, context.account(), locale),
                noteInput != null ? noteInput : notes.read(current).orElse(""),
                confirmed && current.slot().start().isAfter(now), confirmed && !current.slot().end().isAfter(now));
        ModelAndView page = new ModelAndView("booking/practitioner-session", status);
        page.addObject("session", view);
        page.addObject("error", error);
        page.addObject("reason", reason);
        page.addObject("notice", null);
        page.addObject("noteMaximum", DeskNotes.MAXIMUM);
        page.addObject("refundable", desk.refundable(current));
        return page;
    }

    private PractitionerSessionRow row(Booking booking, Practitioner me, Locale locale) {
        return new PractitionerSessionRow(PractitionerDeskRoutes.session(booking.id()), Times.of(booking.slot(), me.zone(), locale),
                typeName(booking, locale), clientName(booking), bookings.sealedNote(booking.id()).isPresent(),
                "booking.status." + booking.status().column());
    }

    private String typeName(Booking booking, Locale locale) {
        return practitioners.sessionType(booking.sessionType()).map(t -> t.name().in(locale)).orElse("");
    }

    private String clientName(Booking booking) {
        return accounts.profile(booking.member()).map(Accounts.Profile::displayName).orElse("");
    }

    private static boolean upcoming(Booking booking, Instant now) {
        return booking.status() == BookingStatus.CONFIRMED && booking.slot().end().isAfter(now);
    }
}

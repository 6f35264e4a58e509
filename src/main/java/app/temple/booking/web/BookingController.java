package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.billing.SessionPayments;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.PaidBookings;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.PractitionerPhotos;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.SharedItems;
import app.temple.booking.internal.Slot;
import app.temple.booking.internal.SlotFinder;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Confirming and booking a free time. The confirm page carries a fresh idempotency key in a hidden field; the booking
 * answers with her session's page, or with "that time was just taken" and the nearest free times.
 */
@Controller
class BookingController {


    private final Practitioners practitioners;
    private final PractitionerPhotos photos;
    private final BookingService bookings;
    private final SharedItems shared;
    private final MessageSource messages;
    private final PaidBookings paid;

    BookingController(Practitioners practitioners, BookingService bookings, SharedItems shared, MessageSource messages,
                      PractitionerPhotos photos, PaidBookings paid) {
        this.paid = paid;
        this.practitioners = practitioners;
        this.photos = photos;
        this.bookings = bookings;
        this.shared = shared;
        this.messages = messages;
    }

    @GetMapping(BookingRoutes.CONFIRM)
    ModelAndView confirm(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String start,
                         @RequestParam(required = false) String zone, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        Practitioner found = practitioner(practitioner);
        SessionType chosen = BookingForms.type(found, type, practitioners);
        ZoneId hers = MemberZones.orDefault(zone);
        Instant wanted = Times.instant(start).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        List<Slot> free = bookings.freeSlots(found, chosen);
        Optional<Slot> slot = free.stream().filter(s -> s.start().equals(wanted)).findFirst();
        if (slot.isEmpty()) {
            return taken(found, chosen, hers, free, wanted);
        }
        return confirmPage(found, chosen, slot.get(), hers, BookingForms.newKey(), "", null, List.of(), null, locale, HttpStatus.OK);
    }

    @PostMapping(BookingRoutes.BOOK)
    ModelAndView book(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String start,
                      @RequestParam(required = false) String zone, @RequestParam(required = false) String key,
                      @RequestParam(defaultValue = "") String note,
                      @RequestParam(name = "share", required = false) List<String> share, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        Practitioner found = practitioner(practitioner);
        SessionType chosen = BookingForms.type(found, type, practitioners);
        Instant wanted = Times.instant(start).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        ZoneId hers = MemberZones.parse(zone).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (!BookingForms.isKey(key)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<String> sharing = share == null ? List.of() : share;
        UUID member = CurrentMember.id().orElseThrow();
        // checked before booking, so that a refused choice books nothing and she gets her form back as she left it
        boolean tooLong = note.length() > BookingRequest.NOTE_MAXIMUM;
        boolean notHers = !shared.allHers(member, sharing, locale);
        if (tooLong || notHers) {
            Slot slot = new Slot(wanted, wanted.plus(chosen.length()));
            String error = tooLong ? messages.getMessage("booking.confirm.noteTooLong",
                    new Object[] {String.valueOf(BookingRequest.NOTE_MAXIMUM)}, locale) : null;
            return confirmPage(found, chosen, slot, hers, key, note, error, sharing,
                    notHers ? "booking.share.notHers" : null, locale, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        BookingOutcome outcome = bookings.book(new BookingRequest(member, chosen.id(), wanted, hers,
                "sv".equals(locale.getLanguage()) ? Locale.of("sv") : Locale.ENGLISH, key, note));
        return switch (outcome) {
            case BookingOutcome.Done done -> {
                // her choice belongs to the booking; a form sent twice makes the same choice twice, which changes nothing
                shared.share(done.booking(), sharing, locale);
                yield done.booking().status() == BookingStatus.HELD ? toPayment(done.booking())
                        : new ModelAndView("redirect:" + BookingRoutes.one(done.booking().id()) + "?booked");
            }
            case BookingOutcome.Taken taken -> taken(found, chosen, hers, taken.nearest(), wanted);
            case BookingOutcome.NotFound notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case BookingOutcome.NotAllowed notAllowed -> throw new ResponseStatusException(HttpStatus.CONFLICT);
        };
    }

    /**
     * A paid session is held: 303 to the provider's page. Sent twice, the form finds its checkout started and shows
     * her session awaiting payment; with no checkout to be had, the hold is released and she is told to try later.
     */
    private ModelAndView toPayment(Booking held) {
        return switch (paid.checkout(held)) {
            case SessionPayments.Checkout.Started started -> {
                RedirectView provider = new RedirectView(started.url());
                provider.setStatusCode(HttpStatus.SEE_OTHER);
                yield new ModelAndView(provider);
            }
            case SessionPayments.Checkout.AlreadyStarted again -> new ModelAndView("redirect:" + BookingRoutes.one(held.id()));
            case SessionPayments.Checkout.NotForSale gone -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case SessionPayments.Checkout.ProviderUnavailable unavailable ->
                    new ModelAndView("billing/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        };
    }

    private ModelAndView confirmPage(Practitioner practitioner, SessionType type, Slot slot, ZoneId zone, String key,
                                     String note, String error, List<String> sharing, String shareError, Locale locale,
                                     HttpStatus status) {
        UUID member = CurrentMember.id().orElseThrow();
        PractitionerView view = PractitionerView.of(practitioner, List.of(type), locale, photos);
        String path = BookingRoutes.slots(practitioner.slug(), type.slug());
        ModelAndView page = new ModelAndView("booking/confirm", status);
        page.addObject("confirm", new ConfirmView(view, view.types().getFirst(), path + "/book", slot.start().toString(),
                zone.getId(), Times.of(slot, zone, locale), Times.of(slot, practitioner.zone(), locale), key, note, error,
                SlotPage.inZone(path, zone), ShareChoice.of(shared.shareableOf(member, locale), sharing, zone, locale),
                shareError));
        return page;
    }

    /** 409: the time is gone; the nearest free ones instead. */
    private ModelAndView taken(Practitioner practitioner, SessionType type, ZoneId zone, List<Slot> free, Instant wanted) {
        Locale locale = LocaleContextHolder.getLocale();
        String path = BookingRoutes.slots(practitioner.slug(), type.slug());
        List<Slot> nearest = SlotFinder.nearest(free, wanted, 3);
        ModelAndView page = new ModelAndView("booking/taken", HttpStatus.CONFLICT);
        page.addObject("taken", new TakenView(nearest.stream().map(slot -> new SlotsView.Time(Times.of(slot, zone, locale), null,
                SlotPage.withSlot(path + "/confirm", slot, zone))).toList(), SlotPage.inZone(path, zone)));
        return page;
    }

    private Practitioner practitioner(String slug) {
        return BookingForms.practitioner(slug, practitioners);
    }
}

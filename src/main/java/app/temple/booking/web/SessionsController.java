package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.account.SignInReturn;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.PractitionerKind;
import app.temple.booking.internal.PractitionerPhotos;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.SlotEpoch;
import app.temple.booking.internal.SlotOffers;
import app.temple.site.SharedPage;
import app.temple.booking.internal.Slot;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public side of 1:1 sessions: who helps with what, the practitioners of each kind, a practitioner's profile and
 * the free times of one of her session types, shown in the reader's zone.
 */
@Controller
class SessionsController {

    /**
     * Addresses older pages link to that name help the team does not give under that name: they land on the page that
     * says who helps with what, instead of a dead end.
     */
    static final Map<String, String> FORMER_KINDS = Map.of("couples-therapy", BookingRoutes.INDEX + "#who-helps",
            "sex-therapy", BookingRoutes.INDEX + "#who-helps");

    private final Practitioners practitioners;
    private final PractitionerPhotos photos;
    private final SlotOffers offers;
    private final SlotEpoch slotEpoch;
    private final SlotPage slotPage;
    private final SlotWeeks weeks;
    private final MessageSource messages;

    SessionsController(Practitioners practitioners, SlotOffers offers, SlotEpoch slotEpoch, SlotPage slotPage,
                       SlotWeeks weeks, MessageSource messages, PractitionerPhotos photos) {
        this.practitioners = practitioners;
        this.photos = photos;
        this.offers = offers;
        this.slotEpoch = slotEpoch;
        this.slotPage = slotPage;
        this.weeks = weeks;
        this.messages = messages;
    }

    @GetMapping(BookingRoutes.INDEX)
    String index(Model model) {
        model.addAttribute("kinds", List.of(PractitionerKind.values()));
        return "booking/index";
    }

    @GetMapping(BookingRoutes.PRACTITIONERS)
    String all(HttpServletRequest request, Model model) {
        return list(null, request, model);
    }

    @GetMapping(BookingRoutes.KIND)
    String kind(@PathVariable String kind, HttpServletRequest request, Model model) {
        if (FORMER_KINDS.containsKey(kind)) {
            return "redirect:" + FORMER_KINDS.get(kind);
        }
        return list(PractitionerKind.ofSlug(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), request, model);
    }

    private String list(PractitionerKind kind, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        model.addAttribute("heading", messages.getMessage(kind == null ? "booking.practitioners.all" : kind.messageKey(), null, locale));
        model.addAttribute("lead", kind == null ? null : messages.getMessage(kind.messageKey() + ".lead", null, locale));
        model.addAttribute("practitioners", practitioners.active(kind).stream()
                .map(p -> PractitionerView.of(p, practitioners.sessionTypes(p.id()), locale, photos)).toList());
        return "booking/practitioners";
    }

    @GetMapping(BookingRoutes.PRACTITIONER)
    String practitioner(@PathVariable String practitioner, HttpServletRequest request, Model model) {
        Practitioner found = practitioner(practitioner);
        model.addAttribute("practitioner", PractitionerView.of(found, practitioners.sessionTypes(found.id()),
                RequestContextUtils.getLocale(request), photos));
        return "booking/practitioner";
    }

    /**
     * Her photo as she uploaded it, with its own type (the global {@code nosniff} keeps a browser from guessing another)
     * and caching: pages link it with its version, so a day's caching never shows an old photo on her pages, and a
     * browser asks again with its ETag after that.
     */
    @GetMapping(BookingRoutes.PHOTO)
    ResponseEntity<Resource> photo(@PathVariable String practitioner) {
        PractitionerPhotos.Photo photo = photos.of(practitioner(practitioner))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.kind().mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .eTag(photo.kind().extension() + "-" + photo.version()).lastModified(photo.version())
                .body(new FileSystemResource(photo.file()));
    }

    /**
     * A week of her free times. For a visitor the page is the same for everyone, so it is shared: kept in memory and
     * served without rendering until {@link SlotEpoch} moves (a booking here or on another instance, a change to her
     * hours, or a minute passing). A member's page is rendered for her, from the same offer and its week laid out
     * once ({@link SlotWeeks}).
     */
    @GetMapping(BookingRoutes.SLOTS)
    String slots(@PathVariable String practitioner, @PathVariable String type, @RequestParam(required = false) String zone,
                 @RequestParam(required = false) String from, HttpServletRequest request, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        SlotOffers.Offer offer = offers.of(practitioner, type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Practitioner found = offer.practitioner();
        SessionType chosen = offer.type();
        ZoneId hers = MemberZones.orDefault(zone);
        String page = BookingRoutes.slots(found.slug(), chosen.slug());
        PractitionerView view = PractitionerView.of(found, List.of(chosen), locale, photos);
        model.addAttribute("practitioner", view);
        model.addAttribute("type", view.types().getFirst());
        List<Slot> free = offers.freeNow(offer);
        LocalDate first = slotPage.fromParameter(from, hers);
        model.addAttribute("slots", weeks.week(offer, free, hers, first, locale, CurrentMember.id().isPresent(),
                () -> slotPage.week(messages.getMessage("booking.slots.heading",
                                new Object[] {chosen.name().in(locale), found.name()}, locale), free, found, hers, first, locale,
                        page, slot -> confirmLink(page, slot, hers))));
        // signing in from here comes back to this week in her zone
        model.addAttribute("signIn", SignInReturn.signInThenReturnTo(SlotPage.inZone(page, hers)));
        SharedPage.share(request, slotEpoch.epoch());
        return "booking/slots";
    }

    /** A visitor's link signs her in first and then brings her back to confirm the very time she chose. */
    private static String confirmLink(String page, Slot slot, ZoneId zone) {
        String confirm = SlotPage.withSlot(page + "/confirm", slot, zone);
        return CurrentMember.id().isPresent() ? confirm : SignInReturn.signInThenReturnTo(confirm);
    }

    private Practitioner practitioner(String slug) {
        return BookingForms.practitioner(slug, practitioners);
    }
}

package app.temple.booking;

import app.temple.booking.internal.Bilingual;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.LocalHours;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.PractitionerDraft;
import app.temple.booking.internal.PractitionerKind;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.Price;
import app.temple.booking.internal.SessionType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Practitioners made for one test each, so tests sharing the database never compete for the same times: UTC, every
 * day 00:00–23:30, no minimum notice, slots every 30 minutes. Two session types: {@code short} (25 minutes, a 2-hour
 * window) and {@code long} (50 minutes, a 24-hour window).
 */
public final class BookingFixtures {

    public static final String SHORT = "short";
    public static final String LONG = "long";

    private BookingFixtures() {
    }

    /** A new practitioner with a unique slug; returns the slug. */
    public static String practitioner(Practitioners practitioners, String prefix, int bufferBefore, int bufferAfter) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<DayOfWeek, List<LocalHours>> everyDay = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(DayOfWeek.values()).forEach(day -> everyDay.put(day, List.of(LocalHours.parse("00:00-23:30"))));
        Bilingual text = new Bilingual("A test practitioner.", "En testbehandlare.");
        Practitioner practitioner = new Practitioner(null, slug, PractitionerKind.MINDSET_COACHING, "Test " + prefix, true,
                new Practitioner.Profile(text, text, text), List.of("en"), ZoneId.of("UTC"), null,
                new Practitioner.BookingRules(Duration.ofMinutes(bufferBefore), Duration.ofMinutes(bufferAfter), Duration.ZERO,
                        30, Duration.ofMinutes(30)), null, true);
        List<SessionType> types = List.of(
                new SessionType(null, null, SHORT, new Bilingual("Short", "Kort"), Duration.ofMinutes(25), Price.ARRANGED,
                        Duration.ofHours(2), true),
                new SessionType(null, null, LONG, new Bilingual("Long", "Lång"), Duration.ofMinutes(50),
                        new Price.Fixed(95000, java.util.Currency.getInstance("SEK")), Duration.ofHours(24), true));
        practitioners.save(new PractitionerDraft(practitioner, types, everyDay, Map.of()));
        return slug;
    }

    /**
     * A confirmed {@code long} session for {@code member} with a new practitioner, some days ahead (well outside the
     * 24-hour window, so she may still move or cancel it); returns her session's path.
     */
    public static String bookedSession(Practitioners practitioners, BookingService sessions, UUID member, String prefix) {
        String slug = practitioner(practitioners, prefix, 0, 0);
        SessionType type = type(practitioners, slug, LONG);
        var slot = sessions.freeSlots(find(practitioners, slug), type).get(100);
        var outcome = sessions.book(new BookingRequest(member, type.id(), slot.start(), ZoneId.of("Europe/Stockholm"),
                java.util.Locale.ENGLISH, UUID.randomUUID().toString().replace("-", ""), null));
        return "/account/bookings/" + ((BookingOutcome.Done) outcome).booking().id();
    }

    public static Practitioner find(Practitioners practitioners, String slug) {
        return practitioners.bySlug(slug).orElseThrow();
    }

    public static SessionType type(Practitioners practitioners, String slug, String type) {
        return practitioners.sessionTypes(find(practitioners, slug).id()).stream().filter(t -> t.slug().equals(type))
                .findFirst().orElseThrow();
    }
}

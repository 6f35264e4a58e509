package app.temple.booking.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Practitioners made for one test each (a slug of their own), so a test owns every time she has: what is free and
 * what is held depends on that test alone, not on the demo practitioners other tests book.
 */
public final class TestPractitioners {

    private final Practitioners practitioners;

    public TestPractitioners(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    /** A practitioner in {@code zone} working {@code hours} (e.g. "09:00-17:00") on the given weekdays, one 50-minute type. */
    public Practitioner create(ZoneId zone, String hours, DayOfWeek... days) {
        return create(zone, hours, Duration.ofHours(2), 60, days);
    }

    public Practitioner create(ZoneId zone, String hours, Duration notice, int horizonDays, DayOfWeek... days) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Bilingual text = new Bilingual("A test profile.", "En testprofil.");
        Practitioner draft = new Practitioner(null, slug, PractitionerKind.values()[0], "Test " + slug, true,
                new Practitioner.Profile(text, text, text), List.of("en"), zone, null,
                new Practitioner.BookingRules(Duration.ZERO, Duration.ZERO, notice, horizonDays, Duration.ofMinutes(60)),
                null, true);
        SessionType type = new SessionType(null, null, "talk", new Bilingual("Talk", "Samtal"), Duration.ofMinutes(50),
                Price.ARRANGED, Duration.ofHours(0), true);
        Map<DayOfWeek, List<LocalHours>> weekly = Arrays.stream(days)
                .collect(Collectors.toMap(Function.identity(), day -> List.of(LocalHours.parse(hours))));
        UUID id = practitioners.save(new PractitionerDraft(draft, List.of(type), weekly, Map.of()));
        return practitioners.byId(id).orElseThrow();
    }

    public SessionType typeOf(Practitioner practitioner) {
        return practitioners.sessionTypes(practitioner.id()).getFirst();
    }
}

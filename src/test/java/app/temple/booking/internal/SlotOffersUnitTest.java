package app.temple.booking.internal;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A kept offer never shows a time that has come within her minimum notice since it was computed. */
class SlotOffersUnitTest {

    @Test
    void timesThatCameWithinHerNoticeSinceAreDropped() {
        List<Slot> computed = List.of(slot("10:00"), slot("10:30"), slot("11:00"));
        SlotOffers.Offer offer = offer(Duration.ofHours(2), computed);

        assertThat(at("08:00").freeNow(offer)).containsExactlyElementsOf(computed);
        assertThat(at("08:30").freeNow(offer)).containsExactly(slot("10:30"), slot("11:00"));
        assertThat(at("08:31").freeNow(offer)).containsExactly(slot("11:00"));
        assertThat(at("09:30").freeNow(offer)).isEmpty();
    }

    @Test
    void withoutNoticeATimeStaysOfferedUntilItBegins() {
        SlotOffers.Offer offer = offer(Duration.ZERO, List.of(slot("10:00"), slot("10:30")));

        assertThat(at("10:00").freeNow(offer)).containsExactly(slot("10:00"), slot("10:30"));
        assertThat(at("10:01").freeNow(offer)).containsExactly(slot("10:30"));
    }

    private static SlotOffers at(String time) {
        return new SlotOffers(null, null, null, null,
                Clock.fixed(Instant.parse("2026-03-02T" + time + ":00Z"), ZoneOffset.UTC));
    }

    private static Slot slot(String time) {
        Instant start = Instant.parse("2026-03-02T" + time + ":00Z");
        return new Slot(start, start.plus(Duration.ofMinutes(50)));
    }

    private static SlotOffers.Offer offer(Duration notice, List<Slot> computed) {
        Bilingual text = new Bilingual("A test practitioner.", "En testbehandlare.");
        Practitioner her = new Practitioner(UUID.randomUUID(), "unit", PractitionerKind.MINDSET_COACHING, "Unit", true,
                new Practitioner.Profile(text, text, text), List.of("en"), ZoneId.of("UTC"), null,
                new Practitioner.BookingRules(Duration.ZERO, Duration.ZERO, notice, 30, Duration.ofMinutes(30)), null, true);
        SessionType type = new SessionType(UUID.randomUUID(), her.id(), "long", new Bilingual("Long", "Lång"),
                Duration.ofMinutes(50), Price.ARRANGED, Duration.ofHours(24), true);
        return new SlotOffers.Offer(her, type, 0, computed, 0);
    }
}

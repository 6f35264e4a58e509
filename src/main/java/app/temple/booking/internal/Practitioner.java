package app.temple.booking.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A practitioner as members see her and as her availability is computed.
 *
 * @param fictional true for the demo practitioners shipped in {@code content/practitioners/}: every page says so
 * @param account   the staff account that is her, or null while none is linked (the demo ones)
 */
public record Practitioner(UUID id, String slug, PractitionerKind kind, String name, boolean fictional, Profile profile,
                           List<String> languages, ZoneId zone, String portrait, BookingRules rules, UUID account,
                           boolean active) {

    public Practitioner {
        languages = List.copyOf(languages);
    }

    /** What she writes about herself. */
    public record Profile(Bilingual bio, Bilingual approach, Bilingual credentials) {
    }

    /**
     * How she may be booked, besides her hours.
     *
     * @param step the distance between offered start times
     */
    public record BookingRules(Duration bufferBefore, Duration bufferAfter, Duration minimumNotice, int horizonDays,
                               Duration step) {
    }

    /** The address of her profile. */
    public String path() {
        return "/sessions/practitioners/" + slug;
    }
}

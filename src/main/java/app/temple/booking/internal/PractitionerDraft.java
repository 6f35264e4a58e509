package app.temple.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A practitioner as her content file (or, later, her own form) describes her: the profile, her session types and her
 * hours, to be stored in one go. Ids are the store's business.
 *
 * @param practitioner the profile; its id and account are ignored
 * @param sessionTypes her offer in the order shown; ids and practitioner are ignored, slugs are unique
 */
public record PractitionerDraft(Practitioner practitioner, List<SessionType> sessionTypes,
                                Map<DayOfWeek, List<LocalHours>> weekly, Map<LocalDate, List<LocalHours>> overrides) {

    public PractitionerDraft {
        sessionTypes = List.copyOf(sessionTypes);
        weekly = Map.copyOf(weekly);
        overrides = Map.copyOf(overrides);
    }
}

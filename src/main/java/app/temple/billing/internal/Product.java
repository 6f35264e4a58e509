package app.temple.billing.internal;

import app.temple.billing.Money;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A product as stored, with its prices.
 *
 * @param course       for {@link ProductKind#COURSE}, the course's slug
 * @param practitioner for a session type or a series, the practitioner's slug
 * @param sessionType  for a session type or a series, her session type's slug
 * @param seriesSize   for a series, how many sessions
 * @param every        for a membership, {@code month} or {@code year}
 */
public record Product(UUID id, ProductKind kind, String course, String practitioner, String sessionType,
                      Integer seriesSize, String every, int trialDays, boolean active, List<Money> prices) {

    public Optional<Money> price(String currency) {
        return prices.stream().filter(price -> price.currency().equals(currency)).findFirst();
    }

    /**
     * Until when a payment made at {@code paidAt} opens what it bought: a course for good (null), a membership for its
     * free days and one paid period. Renewals, which will extend it, come with the provider's invoice events.
     */
    java.time.Instant accessUntil(java.time.Instant paidAt) {
        if (kind != ProductKind.MEMBERSHIP) {
            return null;
        }
        java.time.ZonedDateTime from = paidAt.atZone(java.time.ZoneOffset.UTC).plusDays(trialDays);
        return ("year".equals(every) ? from.plusYears(1) : from.plusMonths(1)).toInstant();
    }

    /** The grant's scope for what it opens: the course's slug, or null for every course. */
    String grantedCourse() {
        return kind == ProductKind.COURSE ? course : null;
    }
}

package app.temple.billing;

import java.util.List;
import java.util.UUID;

/**
 * Something she can buy that opens a course: that course alone, or every course as a membership.
 *
 * @param every     for a membership, {@code month} or {@code year}; null for a one-off purchase
 * @param trialDays free days before a membership's first payment; 0 for none
 * @param prices    one per currency, in the order SEK, EUR, USD
 */
public record Offer(UUID product, String every, int trialDays, List<Money> prices) {

    public boolean membership() {
        return every != null;
    }
}

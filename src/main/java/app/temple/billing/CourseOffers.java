package app.temple.billing;

import java.util.List;

/**
 * What a locked course page offers: with no payment provider, or nothing on sale, access is "arranged with us".
 *
 * @param checkout whether she can pay here (a provider is set up)
 * @param vat      how prices are shown: {@code included}, {@code excluded} or {@code none}
 */
public record CourseOffers(boolean checkout, List<Offer> offers, String vat, int vatRate) {

    /** Whether to show prices with a way to buy, rather than "arranged with us". */
    public boolean onSale() {
        return checkout && !offers.isEmpty();
    }
}

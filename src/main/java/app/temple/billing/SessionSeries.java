package app.temple.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A series of sessions bought as one purchase, for the sessions module: what is on sale for a practitioner's session
 * type, how many sessions of her series a member has left, and using or giving back one of them for a booking. The
 * credits are granted only by the provider's verified report of the payment, and a refund of the whole purchase takes
 * the unused ones back. Only her own credits are ever counted or used: every method is keyed by her id or by a
 * booking that used one of hers.
 */
public interface SessionSeries {

    /** The series on sale for one practitioner's session type; empty when none is, or no provider is set up. */
    List<Offer> offers(String practitioner, String sessionType);

    /** Her unused sessions of that session type across her series that still hold; empty when she holds none. */
    Optional<Balance> balance(UUID member, String practitioner, String sessionType);

    /**
     * Uses one of her credits (from the oldest series first) for a booking, in the caller's transaction, so that the
     * credit goes back if the booking is not made after all.
     *
     * @return false when she has no credit left for that session type
     */
    boolean use(UUID member, String practitioner, String sessionType, UUID booking);

    /**
     * The booking was cancelled while a credit could still come back (outside the cancellation window, or by the
     * practitioner): its credit is hers again.
     *
     * @return false when the booking used no credit, or gave it back already
     */
    boolean giveBack(UUID booking);

    /** Whether the booking was paid with a credit of a series. */
    boolean usedCredit(UUID booking);

    /**
     * A series product on sale.
     *
     * @param sessions how many sessions it holds
     * @param prices   one per currency, in the order SEK, EUR, USD
     */
    record Offer(UUID product, int sessions, List<Money> prices) {
    }

    /**
     * Her unused sessions, e.g. "2 of 4 sessions left".
     *
     * @param left unused credits, at least 1
     * @param of   how many sessions the series that still have credits held
     */
    record Balance(int left, int of) {
    }
}

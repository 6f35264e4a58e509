package app.temple.billing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying for one booked session, for the sessions module: what a session type costs, the provider's checkout for a
 * held booking, and refunds. The booking is confirmed or released only by the provider's verified report, through
 * {@link PaidSessions}, never by her return from the provider's page.
 */
public interface SessionPayments {

    /**
     * What one session of a practitioner's session type costs through the provider; empty when it is free, or when
     * no provider is set up (then the price is arranged with us and she books as for a free one).
     */
    Optional<Money> price(String practitioner, String sessionType);

    /**
     * Starts the provider's checkout for a held booking.
     *
     * @param expiresAt when the provider's page stops taking payment (at least 30 minutes ahead)
     */
    Checkout checkout(UUID member, UUID booking, String practitioner, String sessionType, String language, Instant expiresAt);

    /** Whether the provider has reported this booking paid (and not refunded). */
    boolean paid(UUID booking);

    /** Asks the provider to give back the payment for a booking, once; the refund is recorded on its report. */
    Refund refund(UUID booking);

    /** How starting a session's checkout went. */
    sealed interface Checkout {
        /** Send her to the provider's page. */
        record Started(String url) implements Checkout {
        }

        /** Started already for this booking (the same form sent twice): her session page says it awaits payment. */
        record AlreadyStarted() implements Checkout {
        }

        /** Not for sale through the provider (any more). */
        record NotForSale() implements Checkout {
        }

        /** The provider could not be asked; nothing was bought. */
        record ProviderUnavailable() implements Checkout {
        }
    }

    /** What became of a refund request. */
    enum Refund {
        /** The provider was asked to refund. */
        REQUESTED,
        /** There is no payment to give back, or a refund was asked for already. */
        NOTHING_TO_REFUND,
        /** The provider could not be asked; nothing changed, and it may be tried again. */
        PROVIDER_UNAVAILABLE
    }
}

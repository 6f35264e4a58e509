package app.temple.billing.internal;

import app.temple.billing.Money;

/** The payment provider's hosted checkout page: no card number ever reaches Temple. */
interface HostedCheckout {

    /**
     * Asks the provider for a checkout page for one purchase.
     *
     * @param email her address, or null when the operator does not allow giving it to the provider
     * @param language {@code en} or {@code sv}, for the provider's page
     * @throws ProviderUnavailable when the provider cannot be reached or refuses
     */
    Page start(Purchase purchase, Product product, Money charged, String email, String language, String returnBase);

    /**
     * As {@link #start}, for a page that stops taking payment at {@code expiresAt} (a held session's hold; the
     * provider asks for at least 30 minutes ahead).
     */
    Page start(Purchase purchase, Product product, Money charged, String email, String language, String returnBase,
               java.time.Instant expiresAt);

    /** The provider's page to send her to, and its id (the checkout session). */
    record Page(String id, String url) {
    }

    /** The provider could not be asked, or refused: she is told to try again later, and nothing was bought. */
    class ProviderUnavailable extends RuntimeException {
        ProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

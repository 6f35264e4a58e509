package app.temple.billing.internal;

/** Giving a payment back through the provider. */
interface ProviderRefunds {

    /**
     * Asks the provider to refund a payment in full; asking again for the same purchase refunds once.
     *
     * @throws HostedCheckout.ProviderUnavailable when the provider cannot be reached or refuses
     */
    void refund(Purchase purchase);
}

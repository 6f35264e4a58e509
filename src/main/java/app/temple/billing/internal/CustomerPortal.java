package app.temple.billing.internal;

/** The provider's customer portal, where she changes how she pays or cancels: no card number reaches Temple. */
interface CustomerPortal {

    /**
     * A portal page for one customer at the provider.
     *
     * @param customer  her customer id at the provider, and no one else's
     * @param returnUrl where the portal's way back leads
     * @param language  {@code en} or {@code sv}
     * @return the page's address
     * @throws HostedCheckout.ProviderUnavailable when the provider cannot be reached or refuses
     */
    String open(String customer, String returnUrl, String language);
}

package app.temple.billing.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a purchase stands. Only a verified provider event moves it: open → paid → refunded, or open → expired, and a
 * payment the provider reports after it expired still counts (expired → paid). Nothing goes back to open, and a
 * refunded purchase stays refunded whatever arrives late.
 */
public enum PurchaseState {
    /** She started a checkout; nothing is paid yet. */
    OPEN,
    /** The provider reported the payment: it holds a grant. */
    PAID,
    /** She left the checkout unpaid and it lapsed. */
    EXPIRED,
    /** The payment was given back: its grant is revoked. */
    REFUNDED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PurchaseState of(String key) {
        return Arrays.stream(values()).filter(state -> state.key().equals(key)).findFirst().orElseThrow();
    }
}

package app.temple.account;

import java.util.UUID;

/**
 * A member turned a consent off (for example {@code save-results}). Published in the transaction that records the
 * withdrawal, and every time she turns it off, even when it already was: a module that kept something under that
 * consent deletes it when it hears this, synchronously and in the same transaction, so withdrawing is complete the
 * moment it returns (or nothing happened at all).
 *
 * @param purpose the consent, as given to {@link Accounts#giveConsent}
 */
public record ConsentWithdrawn(UUID memberId, String purpose) {
}

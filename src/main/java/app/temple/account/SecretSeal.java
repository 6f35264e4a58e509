package app.temple.account;

import java.util.UUID;

/**
 * Seals the account secrets a database dump must not reveal, such as the authenticator app's shared secret, which
 * would let whoever holds it make her sign-in codes. The account module only declares this; the privacy module's
 * vault provides it, because privacy depends on account and not the other way round.
 */
public interface SecretSeal {

    /** The sealed form of {@code secret}, bound to its owner and field. */
    byte[] seal(UUID owner, String field, String secret);

    /** The secret sealed by {@link #seal} for the same owner and field; fails if either differs. */
    String open(UUID owner, String field, byte[] sealed);

    /** Whether {@code sealed} is under the current primary key already. */
    boolean isCurrent(byte[] sealed);
}

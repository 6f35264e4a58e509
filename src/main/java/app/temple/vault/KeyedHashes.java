package app.temple.vault;

import java.util.HexFormat;

/**
 * Keyed one-way hashes (HMAC-SHA256) under a secret that only the running platform knows: the secret is made once,
 * stored sealed by the master keyset, and shared by every node. Use it where a database row must be found again
 * from a value (an email address, a member id, a recovery code) without the row revealing the value, and without
 * a copy of the database being enough to test a guessed value against it.
 * <p>
 * Each {@code purpose} gets its own key derived from the secret, so a hash made for one purpose never matches
 * one made for another.
 */
public interface KeyedHashes {

    /**
     * @param purpose a stable name such as {@code "account.rate-limit"}; must not be blank. Changing it makes
     *                every stored hash of that purpose unfindable, so treat it like a column name.
     * @param value   must not be null; may be empty
     * @return 32 bytes, the same for the same purpose and value on every node and after every restart
     */
    byte[] mac(String purpose, String value);

    /** {@link #mac} as 64 lower-case hexadecimal characters. */
    default String macHex(String purpose, String value) {
        return HexFormat.of().formatHex(mac(purpose, value));
    }
}

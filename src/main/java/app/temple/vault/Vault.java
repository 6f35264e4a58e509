package app.temple.vault;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Encrypts the fields a database dump must never show in plaintext (quiz answers, reflections, session notes).
 * Every sealed value is bound to its owner and its field: a value sealed for one member's {@code quiz.answers}
 * cannot be opened as another member's, nor as another field, so a row copied or swapped in the database is
 * refused rather than shown to the wrong person.
 * <p>
 * New values are sealed with the master keyset's primary key; values sealed with an older key of the keyset
 * still open. Use {@link #reseal} (through {@link SealedData}) to move old values to the primary key.
 */
public interface Vault {

    /**
     * Seals {@code plaintext} for {@code owner}'s {@code field}.
     *
     * @param owner     the member the value belongs to; must not be null
     * @param field     a stable name such as {@code "quiz.answers"}; must not be blank. Changing it later makes
     *                  existing values unreadable, so treat it like a column name.
     * @param plaintext must not be null; may be empty
     * @return the sealed value, to be stored as {@code bytea}; never null
     */
    byte[] seal(UUID owner, String field, byte[] plaintext);

    /**
     * Opens a value sealed by {@link #seal} for the same owner and field.
     *
     * @return the plaintext; never null
     * @throws VaultException when the value was sealed for another owner or field, was altered, or its key is not
     *                        in the master keyset
     */
    byte[] open(UUID owner, String field, byte[] sealed);

    /**
     * Whether {@code sealed} is already under the master keyset's primary key, so that {@link #reseal} would
     * change nothing of substance. False when it cannot tell.
     */
    boolean isCurrent(byte[] sealed);

    /** {@link #seal} for text, as UTF-8. */
    default byte[] sealText(UUID owner, String field, String plaintext) {
        return seal(owner, field, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #open} for text sealed by {@link #sealText}. */
    default String openText(UUID owner, String field, byte[] sealed) {
        return new String(open(owner, field, sealed), StandardCharsets.UTF_8);
    }

    /**
     * Opens and seals again under the primary key, with a fresh data key.
     *
     * @throws VaultException as {@link #open} does
     */
    default byte[] reseal(UUID owner, String field, byte[] sealed) {
        return seal(owner, field, open(owner, field, sealed));
    }
}

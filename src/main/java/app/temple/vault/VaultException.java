package app.temple.vault;

/**
 * A sealed value could not be opened: it belongs to another owner or field, it was altered, or the key that
 * sealed it is no longer in the master keyset. The message never carries plaintext, keys or who the owner is.
 */
public class VaultException extends RuntimeException {

    public VaultException(String message) {
        super(message);
    }
}

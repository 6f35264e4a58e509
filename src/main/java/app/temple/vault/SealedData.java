package app.temple.vault;

/**
 * Implemented by every module that stores values sealed by the {@link Vault}, so that after a key rotation one
 * command ({@code --temple.vault.reencrypt}) can move all of them to the new primary key.
 */
public interface SealedData {

    /**
     * Seals again, under the vault's primary key, every stored value that is not yet under it
     * ({@link Vault#isCurrent}). Must be safe to run again after an interruption, and while the platform serves.
     *
     * @return how many values were sealed again
     */
    int reseal(Vault vault);
}

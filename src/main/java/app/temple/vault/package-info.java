/**
 * Vault: envelope encryption of the fields a database dump must never show in plaintext (quiz answers,
 * reflections, session notes, authenticator secrets). A data key per record, wrapped by the master keyset from
 * configuration; rotation and re-encryption of everything sealed. It is infrastructure on the lowest floor: every
 * module that seals data uses it, and it depends on no other module.
 * <p>
 * {@link app.temple.vault.Vault#open} is for a member's own reads; a read of her data by anyone else goes through
 * {@link app.temple.vault.SealedReads}, which publishes {@link app.temple.vault.SealedDataReadByAnother} for her
 * access log (the privacy module listens, so the vault need not know it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault")
package app.temple.vault;

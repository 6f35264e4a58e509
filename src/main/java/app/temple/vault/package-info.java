/**
 * Vault: envelope encryption of the fields a database dump must never show in plaintext (quiz answers,
 * reflections, session notes, authenticator secrets). A data key per record, wrapped by the master keyset from
 * configuration; rotation and re-encryption of everything sealed. It is infrastructure on the lowest floor: every
 * module that seals data uses it, and it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault")
package app.temple.vault;

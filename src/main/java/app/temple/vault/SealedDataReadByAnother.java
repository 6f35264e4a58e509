package app.temple.vault;

import java.util.UUID;

/**
 * A value sealed for {@code owner} was opened for someone else. Published by {@link SealedReads} while the read is
 * under way and before the plaintext is handed out; the privacy module writes it to the owner's access log (privacy
 * rule 5). A listener that fails stops the read, so no read by another goes unrecorded.
 *
 * @param owner  whose data was read; never null
 * @param reader who read it; never null
 * @param field  the vault field that was opened, e.g. {@code quiz.partner.member}; never null
 */
public record SealedDataReadByAnother(UUID owner, Reader reader, String field) {
}

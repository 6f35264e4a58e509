package app.temple.vault;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.UUID;

/**
 * The one way to open a member's sealed data for someone other than her. {@link Vault#open} is for her own reads
 * (her page, her export, her sign-in); a read by anyone else goes through here, which publishes
 * {@link SealedDataReadByAnother} so that the read lands in her access log. {@code SealedReadsArchitectureTest}
 * holds every caller of the plain {@code open} to a short list of reviewed owner's reads.
 */
@Component
public class SealedReads {

    private final Vault vault;
    private final ApplicationEventPublisher events;

    SealedReads(Vault vault, ApplicationEventPublisher events) {
        this.vault = vault;
        this.events = events;
    }

    /**
     * Opens {@code owner}'s {@code field} for {@code reader} and records the read.
     *
     * @return the plaintext, as UTF-8 text; never null
     * @throws VaultException as {@link Vault#open} does; nothing is recorded then, since nothing was read
     */
    public String openTextAs(Reader reader, UUID owner, String field, byte[] sealed) {
        Objects.requireNonNull(reader, "reader");
        String text = vault.openText(owner, field, sealed);
        // recorded before the plaintext leaves: a listener that fails (the log cannot be written) stops the read
        events.publishEvent(new SealedDataReadByAnother(owner, reader, field));
        return text;
    }
}

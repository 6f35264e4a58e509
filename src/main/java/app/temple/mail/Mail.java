package app.temple.mail;

import java.util.UUID;

/**
 * Discreet letters to one address each: a neutral sender, a neutral subject, and a body that names neither the
 * platform's topic nor anything the reader did there (privacy rule 7). No letter is sent in the request: it is
 * queued in the caller's transaction and sent afterwards, with retries, over SMTP when a server is configured or
 * into the development outbox at {@code /dev/outbox}. So a slow or failing mail server changes neither a
 * request's timing nor its outcome, and a rolled-back request sends nothing.
 */
public interface Mail {

    /** Queues {@code letter}, in the caller's transaction if there is one; it goes out shortly after commit. */
    void send(Letter letter);

    /** Deletes every letter {@linkplain Letter#about about} this member that has not gone out yet (erasure). */
    void forget(UUID member);
}

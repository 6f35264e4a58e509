package app.temple.mail.internal;

import app.temple.mail.MailNotSentException;

import java.util.UUID;

/** Where a queued letter goes when its turn comes: a mail server, or the development outbox. */
interface LetterDelivery {

    /**
     * @param queued the queue's row it was written from
     * @throws MailNotSentException when it did not go; the queue tries again later (as it does after any other
     *                              {@link RuntimeException}, whose message it does not log)
     */
    void deliver(WrittenLetter letter, QueuedLetters.Queued queued);

    /** Forgets what it still holds of letters about this member (erasure); a mail server holds nothing. */
    default void forget(UUID member) {
    }
}

package app.temple.mail.internal;

import app.temple.mail.MailNotSentException;

/** Where a queued letter goes when its turn comes: a mail server, or the development outbox. */
interface LetterDelivery {

    /** @throws MailNotSentException when it did not go; the queue tries again later */
    void deliver(WrittenLetter letter);

    /** Whether a delivered letter stays in the queue table (the development outbox shows it); else it is deleted. */
    boolean keepsDelivered();
}

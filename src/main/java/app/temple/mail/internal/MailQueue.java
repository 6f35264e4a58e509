package app.temple.mail.internal;

import app.temple.mail.Letter;
import app.temple.mail.Mail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.UUID;

/**
 * {@link Mail} as a queue: a letter becomes a row in the caller's transaction and nothing else happens in the
 * request, so a request costs the same whether or not it queued a letter, and a rolled-back request sends nothing.
 * After the commit the sender is nudged so the letter goes out at once; the db-scheduler sweep
 * ({@link MailQueueTask}) is what guarantees it goes, with retries.
 */
@Service
class MailQueue implements Mail {

    private final QueuedLetters queue;
    private final QueueSender sender;
    private final LetterDelivery delivery;
    private final Clock clock;

    MailQueue(QueuedLetters queue, QueueSender sender, LetterDelivery delivery, Clock clock) {
        this.queue = queue;
        this.sender = sender;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Override
    public void send(Letter letter) {
        queue.add(letter, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.nudge();
                }
            });
        } else {
            sender.nudge();
        }
    }

    @Override
    public void forget(UUID member) {
        queue.forget(member);
        delivery.forget(member);
    }
}

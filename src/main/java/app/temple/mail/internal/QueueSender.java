package app.temple.mail.internal;

import app.temple.mail.MailNotSentException;
import app.temple.mail.internal.QueuedLetters.Queued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends what is due in the queue, one letter per transaction: the row is claimed ({@code for update skip locked},
 * so two nodes never send the same letter), handed to the delivery and deleted in that same transaction. Only a commit that fails after the server accepted the letter can send it twice.
 * A refused letter is tried again after 1, 2, 4 … times the retry delay, at most {@code attempts} times in all;
 * then it is marked failed and reported by kind and id, never by address.
 */
@Component
class QueueSender {

    /** How many letters one run sends at most, so that a flood cannot hold the sweep for ever. */
    static final int BATCH = 200;
    /** How long a failed letter's row (without its values) stays, for an operator to count. */
    static final Duration FAILED_KEPT = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(QueueSender.class);

    private final QueuedLetters queue;
    private final LetterWriter writer;
    private final LetterDelivery delivery;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retryDelay;
    private final int attempts;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("mail-queue").factory());
    private final AtomicBoolean nudgeWaiting = new AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    QueueSender(QueuedLetters queue, LetterWriter writer, LetterDelivery delivery, TransactionTemplate transaction,
                Clock clock, @Value("${temple.mail.queue.retry-delay:PT1M}") Duration retryDelay,
                @Value("${temple.mail.queue.attempts:6}") int attempts) {
        this.queue = queue;
        this.writer = writer;
        this.delivery = delivery;
        this.transaction = transaction;
        this.clock = clock;
        this.retryDelay = retryDelay;
        this.attempts = attempts;
    }

    /** Sends what is due soon, on a thread of its own; many nudges while one waits are one run. */
    void nudge() {
        if (nudgeWaiting.compareAndSet(false, true)) {
            try {
                nudges.execute(() -> {
                    nudgeWaiting.set(false);
                    sendDue();
                });
            } catch (RejectedExecutionException shuttingDown) {
                nudgeWaiting.set(false); // the sweep sends it after the restart
            }
        }
    }

    /**
     * Sends every letter due now; returns how many went. One run at a time on each node (other nodes are kept apart
     * by the row locks): letters leave in the order they were queued, and a caller that asks for a run while the
     * nudge thread is in one waits for it instead of returning while a letter is still on its way.
     */
    int sendDue() {
        running.lock();
        try {
            return sendDueNow();
        } finally {
            running.unlock();
        }
    }

    private int sendDueNow() {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean handled = transaction.execute(status -> queue.claimNextDue(clock.instant()).map(this::send).orElse(null));
            if (handled == null) {
                break;
            }
            if (handled) {
                sent++;
            }
        }
        return sent;
    }

    /** Housekeeping: a failed letter's row (already without its values) goes after a week. */
    void purge() {
        queue.purgeFailed(clock.instant().minus(FAILED_KEPT));
    }

    private boolean send(Queued queued) {
        Instant now = clock.instant();
        try {
            delivery.deliver(writer.write(queued.letter()), queued);
        } catch (MailNotSentException | IllegalStateException e) {
            int tried = queued.attempts() + 1;
            if (tried >= attempts) {
                queue.markFailed(queued.id(), now);
                log.error("Letter {} (queue id {}) given up after {} attempts: {}", queued.letter().kind(), queued.id(),
                        tried, e.getMessage());
            } else {
                Instant next = now.plus(retryDelay.multipliedBy(1L << (tried - 1)));
                queue.retryAt(queued.id(), next);
                log.warn("Letter {} (queue id {}) not sent, attempt {} of {}; next at {}: {}", queued.letter().kind(),
                        queued.id(), tried, attempts, next, e.getMessage());
            }
            return false;
        }
        // a sent letter leaves no row: its address and its link are gone with it
        queue.delete(queued.id());
        log.info("Letter {} {}", queued.letter().kind(), delivery instanceof Outbox ? "kept in the development outbox at /dev/outbox" : "sent");
        return true;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        nudges.shutdown();
    }
}

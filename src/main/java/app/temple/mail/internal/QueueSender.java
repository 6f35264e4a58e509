package app.temple.mail.internal;

import app.temple.mail.MailNotSentException;
import app.temple.mail.internal.QueuedLetters.Queued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends what is due in the queue, one letter at a time, each under a lease. The oldest due row is claimed by a short
 * transaction of its own ({@code for update skip locked}), which moves its next attempt {@link #LEASE} ahead and
 * commits: no other node, and no later run, finds it due while it is on its way. The letter is then handed to the
 * delivery outside any transaction, and its row deleted once the server has taken it. If that deletion fails (the
 * database away), this node never sends the letter again, ends the run, and deletes the row before it claims anything else;
 * while the lease holds, no other node sends it either.
 * <p>
 * What remains is at least once, never lost. The letter goes again when its lease runs out:
 * <ul>
 *   <li>after a node stopped between the server taking it and its deletion committing;</li>
 *   <li>when its deletion is still owed as the lease runs out (a node that owes one tries again every
 *   {@link #OWED_RETRY} by itself and once more as it stops, so only a database away for longer than the lease, or
 *   a node stopped while it is away, leaves it owed that long);</li>
 *   <li>when the server took it but the connection then failed before the delivery returned, which counts as a
 *   refused attempt;</li>
 *   <li>when one send outlasts the lease (see {@link #LEASE}).</li>
 * </ul>
 * A node that stops after claiming a letter and before sending it delays that letter by the lease.
 * <p>
 * A refused letter (the mail server's refusal, or any other failure to write it or hand it over, a class that cannot
 * be loaded for it included) is tried again after
 * 1, 2, 4 … times the retry delay, at most {@code attempts} times in all; then it is marked failed and reported by
 * kind and id, never by address. Writing either ends the lease.
 */
@Component
class QueueSender {

    /** How many letters one run sends at most, so that a flood cannot hold the sweep for ever. */
    static final int BATCH = 200;
    /** How long a failed letter's row (without its values) stays, for an operator to count. */
    static final Duration FAILED_KEPT = Duration.ofDays(7);
    /**
     * How long a claimed letter is kept from other claimers. The mail server's connection, read and write timeouts are
     * 10 s each ({@link SmtpEnvironment}), so a server that stops answering ends a send well within it; a server that
     * answers every step of the conversation just before its timeout could outlast it, and the letter may then go
     * twice. Short enough that a node which stops after claiming delays a letter only a little.
     * Reckoned by each node's own clock, as the queue's other times are (the injected clock, which the tests move):
     * nodes whose clocks disagree shorten it by as much, harmless while they are kept seconds apart, as NTP does.
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    /**
     * How soon a node that owes a deletion runs again by itself. Its next run would otherwise wait for a letter queued
     * on it or for the sweep, which db-scheduler may give to another node for longer than the lease.
     */
    static final Duration OWED_RETRY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(QueueSender.class);

    private final QueuedLetters queue;
    private final LetterWriter writer;
    private final LetterDelivery delivery;
    private final SentRows sentRows;
    private final Clock clock;
    private final Duration retryDelay;
    private final int attempts;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("mail-queue").factory());
    private final AtomicBoolean nudgeWaiting = new AtomicBoolean();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("mail-queue-owed").factory());
    private final AtomicBoolean retryWaiting = new AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();
    /** Set as the node stops: a run under way claims nothing more, and a nudge queued before it does not run. */
    private volatile boolean stopping;

    QueueSender(QueuedLetters queue, LetterWriter writer, LetterDelivery delivery, Clock clock,
                @Value("${temple.mail.queue.retry-delay:PT1M}") Duration retryDelay,
                @Value("${temple.mail.queue.attempts:6}") int attempts) {
        this.queue = queue;
        this.writer = writer;
        this.delivery = delivery;
        this.sentRows = new SentRows(queue, delivery);
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
                    if (stopping) {
                        return;
                    }
                    try {
                        sendDue();
                    } catch (DataAccessException away) {
                        log.warn("Letters wait while the database is away ({}); the next run sends them",
                                away.getClass().getSimpleName());
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                nudgeWaiting.set(false); // the sweep sends it after the restart
            }
        }
    }

    /**
     * Sends every letter due now; returns how many went. One run at a time on each node (other nodes are kept apart
     * by the leases): letters leave in the order they were queued, and a caller that asks for a run while the
     * nudge thread is in one waits for it instead of returning while a letter is still on its way. Must not be called
     * in a transaction, which would hold back the leases until its commit.
     *
     * @throws org.springframework.dao.DataAccessException when the database is away; the run ends there
     */
    int sendDue() {
        Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
                "the mail queue is sent outside transactions: inside one, a lease would keep no one off till it commits");
        running.lock();
        try {
            return sendDueNow();
        } finally {
            boolean owing = sentRows.owesAny();
            running.unlock();
            if (owing) {
                runAgainSoon();
            }
        }
    }

    /** While a sent letter's row is owed, this node runs again by itself after {@link #OWED_RETRY}. */
    private void runAgainSoon() {
        if (retryWaiting.compareAndSet(false, true)) {
            try {
                retries.schedule(() -> {
                    retryWaiting.set(false);
                    nudge();
                }, OWED_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                retryWaiting.set(false);
            }
        }
    }

    private int sendDueNow() {
        sentRows.payOwed();
        int sent = 0;
        // a run ends at the first deletion it comes to owe: going on, it could outlast that row's lease, and another
        // node send the letter again; the owed deletion is tried again by itself soon (runAgainSoon)
        for (int i = 0; i < BATCH && !stopping && !sentRows.owesAny(); i++) {
            Instant now = clock.instant();
            Optional<QueuedLetters.Claimed> leased = queue.leaseNextDue(now, now.plus(LEASE));
            if (leased.isEmpty()) {
                break;
            }
            switch (leased.get()) {
                case Queued queued -> {
                    if (send(queued)) {
                        sent++;
                    }
                }
                case QueuedLetters.Unreadable unreadable -> refused(unreadable.id(), unreadable.attempts(), "Letter",
                        now, "its row cannot be read as a letter: " + unreadable.failure());
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
        } catch (RuntimeException | LinkageError notSent) {
            // whatever stops the letter on its way counts as a refused attempt, not only a mail server's refusal: a
            // letter that can never be written or handed over is given up after its attempts, instead of ending the
            // run and being claimed again after every lease, for ever. A class this node cannot load or initialise
            // for it (a LinkageError) is this node's fault, not the letter's: in a rolling upgrade another node may
            // write it at the next attempt. Any other Error (memory, stack) still ends the run: the node is unwell.
            refused(queued.id(), queued.attempts(), "Letter " + queued.letter().kind(), now, loggable(notSent));
            return false;
        }
        // a sent letter leaves no row: its address and its link are gone with it
        sentRows.deleteSent(queued);
        log.info("Letter {} {}", queued.letter().kind(), delivery instanceof Outbox ? "kept in the development outbox at /dev/outbox" : "sent");
        return true;
    }

    /**
     * Counts the attempt and sets the next, or gives the letter up. If the database refuses this write, the run ends
     * here and the lease runs out by itself: the letter is tried again then, this attempt uncounted. A row that cannot
     * be read as a letter is counted the same way rather than given up at once: in a rolling upgrade it may be a kind
     * that only the newer nodes know, and one of them claims it at its next attempt.
     *
     * @param what what the log may say of the letter: its kind, never its address
     * @param why  the failure as the log may tell it
     */
    private void refused(long id, int attemptsSoFar, String what, Instant now, String why) {
        int tried = attemptsSoFar + 1;
        if (tried >= attempts) {
            queue.markFailed(id, now);
            log.error("{} (queue id {}) given up after {} attempts: {}", what, id, tried, why);
        } else {
            Instant next = now.plus(retryDelay.multipliedBy(1L << (tried - 1)));
            queue.retryAt(id, next);
            log.warn("{} (queue id {}) not sent, attempt {} of {}; next at {}: {}", what, id, tried, attempts, next, why);
        }
    }

    /** Our own failures' messages hold no address or value; any other's might, so only its kinds are told. */
    private static String loggable(Throwable failure) {
        return failure instanceof MailNotSentException || failure instanceof LetterNotWrittenException
                ? failure.getMessage()
                : FailureKinds.of(failure);
    }

    /**
     * Stops sending, and pays what is owed if the database lets it: a node stopped with a deletion owed would leave
     * that letter to be sent again when its lease runs out.
     */
    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        retries.shutdownNow();
        nudges.shutdown();
        try {
            if (!running.tryLock(5, TimeUnit.SECONDS)) {
                log.warn("Stopping while a letter is still on its way; if its row is not deleted, it goes again after its lease");
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            sentRows.payOwed();
        } catch (DataAccessException stillAway) {
            log.warn("Stopping with sent letters whose rows could not be deleted; they go again after their lease");
        } finally {
            running.unlock();
        }
    }
}

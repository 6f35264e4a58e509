package app.temple.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Development delivery: with no SMTP server configured, the outbox is opened, and letters are not sent but kept
 * here, in this node's memory, and shown at {@code /dev/outbox}, the newest {@value #CAPACITY}. Like a sent letter, a kept one leaves
 * no row in the queue. The page also shows the letters still waiting in the queue, so that what a developer (or a
 * test) just asked for is there from the moment its request commits, before the sender has come round.
 */
public final class Outbox implements LetterDelivery {

    public static final int CAPACITY = 50;

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final QueuedLetters queue;
    private final LetterWriter writer;
    private final Clock clock;
    private final Deque<Kept> kept = new ArrayDeque<>(CAPACITY);
    private volatile boolean open;

    Outbox(QueuedLetters queue, LetterWriter writer, Clock clock) {
        this.queue = queue;
        this.writer = writer;
        this.clock = clock;
    }

    /** Makes this the delivery, with its page; only where no mail server is configured. */
    void open() {
        open = true;
        log.warn("No mail server is configured (TEMPLE_SMTP_HOST): letters are not sent but kept in the "
                + "development outbox at /dev/outbox");
    }

    /** Whether letters are kept here: with a mail server they are sent, and the outbox's page does not exist. */
    public boolean isOpen() {
        return open;
    }

    @Override
    public void deliver(WrittenLetter letter, QueuedLetters.Queued queued) {
        synchronized (kept) {
            if (kept.size() == CAPACITY) {
                kept.removeLast();
            }
            kept.addFirst(new Kept(new KeptLetter(clock.instant(), letter), queued.letter().member(), queued.id()));
        }
    }

    @Override
    public void forget(UUID member) {
        synchronized (kept) {
            kept.removeIf(letter -> Objects.equals(letter.member(), member));
        }
    }

    /** The letters waiting in the queue, then those kept, newest first; {@value #CAPACITY} at most. */
    public List<KeptLetter> letters() {
        List<QueuedLetters.Queued> waiting = queue.waiting(CAPACITY);
        Set<Long> waitingIds = waiting.stream().map(QueuedLetters.Queued::id).collect(Collectors.toSet());
        List<KeptLetter> letters = new ArrayList<>(waiting.stream()
                .map(letter -> new KeptLetter(letter.queuedAt(), writer.write(letter.letter())))
                .toList());
        synchronized (kept) {
            // a letter being kept right now is still a row until its sender deletes it: shown once, not twice
            kept.stream().filter(letter -> !waitingIds.contains(letter.queueId())).map(Kept::letter).forEach(letters::add);
        }
        return List.copyOf(letters.subList(0, Math.min(CAPACITY, letters.size())));
    }

    /** A letter and when it was kept (or, still waiting, queued). */
    public record KeptLetter(Instant at, WrittenLetter letter) {
    }

    private record Kept(KeptLetter letter, UUID member, long queueId) {
    }
}

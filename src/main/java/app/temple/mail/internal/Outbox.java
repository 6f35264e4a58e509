package app.temple.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;

import java.time.Instant;
import java.util.List;

/**
 * Development delivery: with no SMTP server configured, letters are not sent but kept in the queue table and shown
 * at {@code /dev/outbox}, the newest {@value #CAPACITY}. A letter shows there from the moment its request commits,
 * before the sender has marked it kept, so that what a test or a developer just asked for is always there.
 */
public final class Outbox implements LetterDelivery {

    public static final int CAPACITY = QueueSender.KEPT;

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final QueuedLetters queue;
    private final LetterWriter writer;

    Outbox(QueuedLetters queue, LetterWriter writer) {
        this.queue = queue;
        this.writer = writer;
        log.warn("No mail server is configured (TEMPLE_SMTP_HOST): letters are not sent but kept in the "
                + "development outbox at /dev/outbox");
    }

    @Override
    public void deliver(WrittenLetter letter) {
        // nothing leaves this computer: the row stays for the outbox page
    }

    @Override
    public boolean keepsDelivered() {
        return true;
    }

    /** The kept letters, newest first. */
    public List<KeptLetter> letters() {
        return queue.newest(CAPACITY).stream()
                .map(queued -> new KeptLetter(queued.queuedAt(), writer.write(queued.letter())))
                .toList();
    }

    /** A letter and when it was queued. */
    public record KeptLetter(Instant at, WrittenLetter letter) {
    }

    /** True when no SMTP host is configured: then the outbox, and its page, exist. */
    public static final class WithoutSmtp extends NoneNestedConditions {

        WithoutSmtp() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("spring.mail.host")
        static final class SmtpHost {
        }
    }
}

package app.temple.mail.internal;

import app.temple.mail.Letter;
import app.temple.mail.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Development delivery: with no SMTP server configured, letters are kept here, in this node's memory, and shown
 * at {@code /dev/outbox} instead of being sent. Only the last {@value #CAPACITY} are kept.
 */
public final class Outbox implements Mail {

    public static final int CAPACITY = 50;

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final LetterWriter writer;
    private final Clock clock;
    private final Deque<KeptLetter> letters = new ArrayDeque<>(CAPACITY);

    Outbox(LetterWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
        log.warn("No mail server is configured (TEMPLE_SMTP_HOST): letters are not sent but kept in the "
                + "development outbox at /dev/outbox");
    }

    @Override
    public void send(Letter letter) {
        KeptLetter kept = new KeptLetter(clock.instant(), writer.write(letter));
        synchronized (letters) {
            if (letters.size() == CAPACITY) {
                letters.removeLast();
            }
            letters.addFirst(kept);
        }
        log.info("Letter {} kept in the development outbox at /dev/outbox", letter.kind());
    }

    /** The kept letters, newest first. */
    public List<KeptLetter> letters() {
        synchronized (letters) {
            return List.copyOf(letters);
        }
    }

    /** A letter and when it was kept. */
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

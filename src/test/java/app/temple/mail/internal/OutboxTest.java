package app.temple.mail.internal;

import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTest {

    private final Outbox outbox = new Outbox(new LetterWriter(LetterWriterTest.messages(), "Notifications <no-reply@localhost>"),
            Clock.fixed(Instant.parse("2026-03-02T09:15:00Z"), ZoneOffset.UTC));

    @Test
    void keepsTheLastFiftyNewestFirst() {
        for (int i = 1; i <= Outbox.CAPACITY + 5; i++) {
            outbox.send(new Letter("reader" + i + "@example.org", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED, Map.of()));
        }

        assertThat(outbox.letters()).hasSize(Outbox.CAPACITY);
        assertThat(outbox.letters().getFirst().letter().to()).isEqualTo("reader55@example.org");
        assertThat(outbox.letters().getLast().letter().to()).isEqualTo("reader6@example.org");
        assertThat(outbox.letters().getFirst().at()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
    }
}

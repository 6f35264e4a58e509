package app.temple.mail.internal;

import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.MailNotSentException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpDeliveryTest {

    private final LetterWriter writer = new LetterWriter(LetterWriterTest.messages(), "Notifications <no-reply@localhost>");

    @Test
    void aRefusedLetterIsReportedWithoutTheAddress() {
        JavaMailSenderImpl refusing = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessagePreparator preparator) {
                throw new MailSendException("550 mailbox her@example.org unavailable");
            }
        };
        SmtpDelivery smtp = new SmtpDelivery(refusing, "Notifications <no-reply@localhost>");

        Letter letter = new Letter("her@example.org", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED, Map.of());

        assertThatThrownBy(() -> smtp.deliver(writer.write(letter), new QueuedLetters.Queued(1, letter, Instant.now(), 0)))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContainingAll("ACCOUNT_ERASED", "MailSendException")
                .hasMessageNotContaining("her@example.org")
                .hasNoCause();
    }

    @Test
    void aSenderThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> new SmtpDelivery(new JavaMailSenderImpl(), "Notifications"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEMPLE_MAIL_FROM");
    }

}

package app.temple.mail.internal;

import app.temple.mail.Attachment;
import app.temple.mail.MailNotSentException;
import org.springframework.core.io.ByteArrayResource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Hands letters to the configured SMTP server, as plain text. */
final class SmtpDelivery implements LetterDelivery {

    private final JavaMailSender sender;
    private final InternetAddress from;

    SmtpDelivery(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = sender(from);
    }

    @Override
    public void deliver(WrittenLetter letter, QueuedLetters.Queued queued) {
        try {
            sender.send(message -> compose(message, letter));
        } catch (MailException e) {
            // the exception's own text can hold the address the server refused: it stays out of logs
            throw new MailNotSentException(letter.kind() + " was not sent: " + FailureKinds.of(e));
        }
    }

    private void compose(MimeMessage message, WrittenLetter written) throws MessagingException {
        Attachment attachment = written.attachment();
        MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(written.to());
        helper.setSubject(written.subject());
        helper.setText(written.text(), false);
        if (attachment != null) {
            helper.addAttachment(attachment.fileName(),
                    new ByteArrayResource(attachment.text().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
        }
        message.setHeader("Content-Language", written.locale().getLanguage());
        // RFC 3834: no out-of-office replies to an automatic message
        message.setHeader("Auto-Submitted", "auto-generated");
    }

    /** The configured sender, checked once at start; a display name may be in any language. */
    private static InternetAddress sender(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, true);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("TEMPLE_MAIL_FROM is not an email address such as "
                    + "'Notifications <no-reply@example.org>'", e);
        }
    }
}

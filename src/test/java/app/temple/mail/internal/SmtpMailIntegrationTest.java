package app.temple.mail.internal;

import app.temple.Http;
import app.temple.OwnDatabase;
import app.temple.TempleApplication;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters through the queue to real SMTP (GreenMail), configured the way an operator does: TEMPLE_SMTP_* settings
 * on the command line, which is also what they must be to reach {@code SmtpEnvironment} (a test's dynamic
 * properties come too late for it). A context of its own, since with a mail server there is no outbox, on a database
 * of its own: on the shared one it would be a second node, whose letters the shared context's sender could take into
 * its development outbox (and the other way round), so that a retried letter here never reached the mail server and
 * turned up in another test's outbox. The mail server listens on a fixed port so that a test can stop it (the server
 * "refuses") and start it again.
 */
@ExtendWith(OutputCaptureExtension.class)
class SmtpMailIntegrationTest {

    static GreenMail smtp;
    static OwnDatabase database;
    static ConfigurableApplicationContext temple;
    static Mail mail;
    static QueueSender sender;
    static JdbcClient jdbc;
    static TransactionTemplate transaction;
    static int port;

    @BeforeAll
    static void startTempleWithAMailServer() throws IOException {
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        database = OwnDatabase.create("temple_smtp");
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(List.of("--server.port=0",
                "--temple.smtp.host=127.0.0.1", "--temple.smtp.port=" + smtpPort, "--temple.smtp.starttls=false",
                // a refused letter is tried again after 0.3 s, then 0.6 s, and given up after the third attempt
                "--temple.mail.queue.retry-delay=PT0.3S", "--temple.mail.queue.attempts=3"));
        temple = new SpringApplicationBuilder(TempleApplication.class).run(arguments.toArray(String[]::new));
        mail = temple.getBean(Mail.class);
        sender = temple.getBean(QueueSender.class);
        jdbc = temple.getBean(JdbcClient.class);
        transaction = temple.getBean(TransactionTemplate.class);
        port = ((WebServerApplicationContext) temple).getWebServer().getPort();
    }

    @AfterAll
    static void stopTemple() {
        try {
            if (temple != null) {
                temple.close();
            }
            if (database != null) {
                database.close();
            }
        } finally {
            smtp.stop();
        }
    }

    @BeforeEach
    void emptyTheMailboxAndTheQueue() throws Exception {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        sender.sendDue();
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from mail_queue").update();
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterArrivesInBothLanguagesFromTheNeutralSender(LetterKind kind) throws Exception {
        String link = "https://example.org/" + kind.key() + "?token=Zq9";
        Map<String, String> values = new java.util.HashMap<>();
        if (kind.accepts("link")) {
            values.put("link", link);
        }
        if (kind.required().contains("when")) {
            values.put("when", "Monday 12 April 2027, 09:00–09:50 (Europe/Stockholm)");
        }
        for (Locale language : List.of(Locale.ENGLISH, Locale.of("sv"))) {
            mail.send(new Letter("her@example.org", language, kind, values));
        }

        MimeMessage[] received = arrived(2);
        // the order they arrive in is not what this test is about
        Arrays.sort(received, Comparator.comparing(SmtpMailIntegrationTest::language));
        MimeMessage english = received[0];
        MimeMessage swedish = received[1];
        for (MimeMessage message : received) {
            InternetAddress from = (InternetAddress) message.getFrom()[0];
            assertThat(from.getPersonal()).isEqualTo("Notifications");
            assertThat(from.getAddress()).isEqualTo("no-reply@localhost");
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("her@example.org");
            assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            String body = (String) message.getContent();
            if (kind.accepts("link")) {
                assertThat(body).contains(link);
            }
            assertThat(message.getSubject() + "\n" + body).doesNotContainIgnoringCase("temple");
        }
        assertThat(english.getHeader("Content-Language")).containsExactly("en");
        assertThat(swedish.getHeader("Content-Language")).containsExactly("sv");
        assertThat(((String) english.getContent())).startsWith("Hello,");
        assertThat(((String) swedish.getContent())).startsWith("Hej,");
        assertThat(swedish.getSubject()).isNotEqualTo(english.getSubject());
    }

    @Test
    void aCalendarInvitationTravelsAsAnAttachmentBesideThePlainText() throws Exception {
        String invitation = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Notifications//Calendar 1.0//EN\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:test@sessions\r\nDTSTAMP:20270412T070000Z\r\nDTSTART:20270412T070000Z\r\n"
                + "DTEND:20270412T075000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        mail.send(new Letter("her@example.org", Locale.ENGLISH, LetterKind.APPOINTMENT_CONFIRMED,
                Map.of("when", "Monday 12 April 2027, 09:00–09:50 (Europe/Stockholm)", "link", "https://example.org/account/bookings"))
                .with(new app.temple.mail.Attachment("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST", invitation)));

        MimeMessage message = arrived(1)[0];
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
        jakarta.mail.BodyPart file = null;
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if ("invite.ics".equals(part.getFileName())) {
                file = part;
            } else {
                text = textOf(part);
            }
        }
        assertThat(text).contains("Your appointment is confirmed for Monday 12 April 2027");
        assertThat(file).as("the invitation is attached").isNotNull();
        assertThat(file.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(invitation);
    }

    private static String textOf(jakarta.mail.Part part) throws Exception {
        if (part.getContent() instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart inner = (jakarta.mail.Multipart) part.getContent();
        return textOf(inner.getBodyPart(0));
    }

    @Test
    void theSwedishWordsSurviveTheJourney() throws Exception {
        mail.send(new Letter("her@example.org", Locale.of("sv"), LetterKind.PASSWORD_RESET,
                Map.of("link", "https://example.org/reset?token=1", "name", "Åsa")));

        MimeMessage message = arrived(1)[0];
        assertThat(message.getSubject()).isEqualTo("Återställ ditt lösenord");
        assertThat((String) message.getContent()).startsWith("Hej Åsa,").contains("Öppna den här länken");
    }

    @Test
    void aLetterIsQueuedInTheCallersTransactionAndARollbackSendsNothing() throws Exception {
        transaction.executeWithoutResult(status -> {
            mail.send(letter("rolled-back@example.org"));
            assertThat(queued("rolled-back@example.org")).isEqualTo(1);
            status.setRollbackOnly();
        });
        mail.send(letter("committed@example.org"));

        MimeMessage[] received = arrived(1);
        sender.sendDue();
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("committed@example.org");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(queued("rolled-back@example.org")).isZero();
    }

    @Test
    void aSentLetterGoesOnceAndLeavesNoRowBehind() throws Exception {
        mail.send(letter("once@example.org"));

        arrived(1);
        assertThat(sender.sendDue()).isZero();
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(queued("once@example.org")).isZero();
    }

    @Test
    void aRefusedLetterIsTriedAgainAndArrives(CapturedOutput output) throws Exception {
        smtp.stop();
        mail.send(letter("patient@example.org"));
        awaitAttempts("patient@example.org", 1);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        smtp.start();
        Thread.sleep(400); // the retry delay
        sender.sendDue();

        MimeMessage[] received = arrived(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("patient@example.org");
        assertThat(queued("patient@example.org")).isZero();
        assertThat(templesOwnLog(output)).contains("Letter SIGN_IN_LINK", "attempt 1 of 3").doesNotContain("patient@example.org");
    }

    @Test
    void aLetterTheServerKeepsRefusingIsGivenUpAndReportedByKindOnly(CapturedOutput output) throws Exception {
        smtp.stop();
        mail.send(letter("unlucky@example.org"));
        for (int i = 0; i < 50 && failed("unlucky@example.org") == 0; i++) {
            Thread.sleep(100);
            sender.sendDue();
        }

        assertThat(failed("unlucky@example.org")).isEqualTo(1);
        assertThat(jdbc.sql("select letter_values from mail_queue where recipient = ?").param("unlucky@example.org")
                .query(String.class).single()).isEqualTo("{}");
        assertThat(templesOwnLog(output)).contains("Letter SIGN_IN_LINK", "given up after 3 attempts")
                .doesNotContain("unlucky@example.org", "Zq9-secret");
        smtp.start();
        sender.sendDue();
        Thread.sleep(200);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withAMailServerThereIsNoOutboxPage() {
        assertThat(new Http(port).get("/dev/outbox").statusCode()).isEqualTo(404);
    }

    private static Letter letter(String to) {
        return new Letter(to, Locale.ENGLISH, LetterKind.SIGN_IN_LINK,
                Map.of("link", "https://example.org/sign-in/link/use?token=Zq9-secret")).about(UUID.randomUUID());
    }

    /** The log without GreenMail's own lines: the test mail server logs every address it creates a mailbox for. */
    private static String templesOwnLog(CapturedOutput output) {
        return output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static MimeMessage[] arrived(int count) {
        assertThat(smtp.waitForIncomingEmail(10_000, count)).as("%d letters arrive", count).isTrue();
        return smtp.getReceivedMessages();
    }

    private static void awaitAttempts(String to, int attempts) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer tried = jdbc.sql("select attempts from mail_queue where recipient = ?").param(to)
                    .query(Integer.class).optional().orElse(0);
            if (tried >= attempts) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the letter to " + to + " was not tried " + attempts + " times");
    }

    private static int queued(String to) {
        return jdbc.sql("select count(*) from mail_queue where recipient = ?").param(to).query(Integer.class).single();
    }

    private static int failed(String to) {
        return jdbc.sql("select count(*) from mail_queue where recipient = ? and failed_at is not null").param(to)
                .query(Integer.class).single();
    }

    private static String language(MimeMessage message) {
        try {
            return message.getHeader("Content-Language")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

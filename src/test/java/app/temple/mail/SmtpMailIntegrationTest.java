package app.temple.mail;

import app.temple.Http;
import app.temple.TempleApplication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters over real SMTP (GreenMail), configured the way an operator does: TEMPLE_SMTP_* settings on the command
 * line, which is also what they must be to reach {@code SmtpEnvironment} (a test's dynamic properties come too
 * late for it). A context of its own, since with a mail server there is no outbox.
 */
class SmtpMailIntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static ConfigurableApplicationContext temple;
    static Mail mail;
    static int port;

    @BeforeAll
    static void startTempleWithAMailServer() {
        temple = new SpringApplicationBuilder(TempleApplication.class).run("--server.port=0",
                "--temple.smtp.host=127.0.0.1", "--temple.smtp.port=" + smtp.getSmtp().getPort(),
                "--temple.smtp.starttls=false");
        mail = temple.getBean(Mail.class);
        port = ((WebServerApplicationContext) temple).getWebServer().getPort();
    }

    @AfterAll
    static void stopTemple() {
        if (temple != null) {
            temple.close();
        }
    }

    @BeforeEach
    void emptyTheMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterArrivesInBothLanguagesFromTheNeutralSender(LetterKind kind) throws Exception {
        String link = "https://example.org/" + kind.key() + "?token=Zq9";
        for (Locale language : List.of(Locale.ENGLISH, Locale.of("sv"))) {
            mail.send(new Letter("her@example.org", language, kind, kind.accepts("link") ? Map.of("link", link) : Map.of()));
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
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
    void theSwedishWordsSurviveTheJourney() throws Exception {
        mail.send(new Letter("her@example.org", Locale.of("sv"), LetterKind.PASSWORD_RESET,
                Map.of("link", "https://example.org/reset?token=1", "name", "Åsa")));

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Återställ ditt lösenord");
        assertThat((String) message.getContent()).startsWith("Hej Åsa,").contains("Öppna den här länken");
    }

    @Test
    void withAMailServerThereIsNoOutboxPage() {
        assertThat(new Http(port).get("/dev/outbox").statusCode()).isEqualTo(404);
    }
}

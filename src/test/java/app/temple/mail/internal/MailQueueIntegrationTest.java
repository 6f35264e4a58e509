package app.temple.mail.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.account.Accounts;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue with the development outbox as its delivery: what erasure leaves, and what the outbox keeps. */
@TempleIntegrationTest
class MailQueueIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Mail mail;
    @Autowired
    Outbox outbox;
    @Autowired
    QueueSender sender;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void forgettingAMemberDeletesHerWaitingLettersAndNoOneElses() {
        UUID her = UUID.randomUUID();
        UUID someoneElse = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            // in one transaction, so that the sender cannot take them before she is forgotten
            mail.send(resetLetter("forget-her@example.org").about(her));
            mail.send(resetLetter("forget-other@example.org").about(someoneElse));

            mail.forget(her);

            assertThat(rowsAbout(her)).isZero();
            assertThat(rowsAbout(someoneElse)).isEqualTo(1);
        });
        assertThat(outbox.letters()).extracting(kept -> kept.letter().to())
                .doesNotContain("forget-her@example.org").contains("forget-other@example.org");
    }

    @Test
    void forgettingAMemberAlsoEmptiesTheOutboxOfHerKeptLetters() {
        UUID her = UUID.randomUUID();
        mail.send(resetLetter("kept-her@example.org").about(her));
        sender.sendDue();
        assertThat(rowsAbout(her)).as("a kept letter leaves no row").isZero();
        assertThat(outbox.letters()).extracting(kept -> kept.letter().to()).contains("kept-her@example.org");

        mail.forget(her);

        assertThat(outbox.letters()).extracting(kept -> kept.letter().to()).doesNotContain("kept-her@example.org");
    }

    @Test
    void erasingAnAccountLeavesNoLetterKeyedByHerIdButTheOneSayingSheIsGone() {
        String email = TestMembers.newAddress("erased-letters");
        new TestMembers(port, outbox).signedIn(email);
        UUID id = jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(UUID.class).single();
        assertThat(outbox.letters()).extracting(kept -> kept.letter().to() + " " + kept.letter().kind())
                .contains(email + " " + LetterKind.VERIFY_EMAIL);

        accounts.erase(id);
        sender.sendDue();

        assertThat(rowsAbout(id)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_queue where recipient = ?").param(email).query(Integer.class).single())
                .as("the letter saying she is gone leaves no row once it went").isZero();
        assertThat(outbox.letters()).extracting(kept -> kept.letter().to() + " " + kept.letter().kind())
                .filteredOn(line -> line.startsWith(email + " ")).containsExactly(email + " " + LetterKind.ACCOUNT_ERASED);
    }

    @Test
    void theOutboxKeepsTheNewestFiftyLettersAndTheQueueNone() {
        for (int i = 1; i <= Outbox.CAPACITY + 5; i++) {
            mail.send(new Letter("reader" + i + "@example.org", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED, Map.of()));
        }
        sender.sendDue();

        assertThat(outbox.letters()).hasSize(Outbox.CAPACITY);
        assertThat(outbox.letters().getFirst().letter().to()).isEqualTo("reader55@example.org");
        assertThat(outbox.letters().getLast().letter().to()).isEqualTo("reader6@example.org");
        assertThat(jdbc.sql("select count(*) from mail_queue where recipient like 'reader%@example.org'")
                .query(Integer.class).single()).isZero();
    }

    private static Letter resetLetter(String to) {
        return new Letter(to, Locale.ENGLISH, LetterKind.PASSWORD_RESET, Map.of("link", "https://example.org/r?token=1"));
    }

    private int rowsAbout(UUID member) {
        return jdbc.sql("select count(*) from mail_queue where member_id = ?").param(member).query(Integer.class).single();
    }
}

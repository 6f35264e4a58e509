package app.temple.mail.internal;

import app.temple.TempleIntegrationTest;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queue's sender as nodes of our own over the shared database, each sending to a mail server (GreenMail) of
 * this test's, or keeping letters in an outbox of its own. Their letters are queued an hour ahead and their clocks run an hour ahead, so that the platform's own
 * sender (which keeps letters in the development outbox) does not find them due and take them.
 */
@TempleIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class QueueSenderIntegrationTest {

    private static final Duration AHEAD = Duration.ofHours(1);

    static GreenMail smtp;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LetterWriter writer;

    @BeforeAll
    static void startTheMailServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopTheMailServer() {
        smtp.stop();
    }

    private final List<QueueSender> nodes = new ArrayList<>();

    @AfterEach
    void stopTheNodes() {
        nodes.forEach(QueueSender::stop);
    }

    @BeforeEach
    void emptyTheMailboxAndTheQueue() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from mail_queue").update();
    }

    @Test
    void aLetterWhoseRowCouldNotBeDeletedAfterTheServerTookItArrivesOnce() {
        QueuedLetters queue = new DatabaseAwayForDeletions(jdbc, 2);
        Instant soon = queuedSoon(queue, "through-the-outage@example.org");
        MovableClock clock = new MovableClock(soon);
        QueueSender node = node(queue, clock);

        assertThat(node.sendDue()).isEqualTo(1);
        assertThat(queued("through-the-outage@example.org")).as("its row stays while the database is away").isEqualTo(1);
        assertThatThrownBy(node::sendDue).as("the owed deletion fails again, and the run ends there")
                .isInstanceOf(DataAccessException.class);
        clock.moveTo(soon.plus(QueueSender.LEASE).plusSeconds(1));
        for (int run = 0; run < 3; run++) {
            assertThat(node.sendDue()).isZero();
        }

        assertThat(received("through-the-outage@example.org")).hasSize(1);
        assertThat(queued("through-the-outage@example.org")).isZero();
    }

    @Test
    void aRunEndsAtTheFirstDeletionItOwesAndTheNextPaysItBeforeSendingMore() {
        QueuedLetters queue = new DatabaseAwayForDeletions(jdbc, 1);
        Instant soon = queuedSoon(queue, "first-in-line@example.org", "second-in-line@example.org");
        QueueSender node = node(queue, new MovableClock(soon));

        assertThat(node.sendDue()).as("a run that went on could outlast the owed row's lease").isEqualTo(1);
        assertThat(queued("first-in-line@example.org")).isEqualTo(1);
        assertThat(received("second-in-line@example.org")).isEmpty();

        assertThat(node.sendDue()).isEqualTo(1);
        assertThat(queued("first-in-line@example.org")).isZero();
        assertThat(received("first-in-line@example.org")).hasSize(1);
        assertThat(received("second-in-line@example.org")).hasSize(1);
    }

    @Test
    void aSecondNodeLeavesALetterAloneWhileTheFirstHoldsItsLease() {
        QueuedLetters queue = new QueuedLetters(jdbc);
        Instant soon = queuedSoon(queue, "leased@example.org");
        QueueSender first = node(new DatabaseAwayForDeletions(jdbc, 1), new MovableClock(soon));
        QueueSender second = node(queue, new MovableClock(soon.plusSeconds(30)));

        assertThat(first.sendDue()).as("sent, but its row could not be deleted").isEqualTo(1);
        assertThat(second.sendDue()).isZero();
        assertThat(first.sendDue()).as("the first node deletes the row and sends nothing").isZero();

        assertThat(received("leased@example.org")).hasSize(1);
        assertThat(queued("leased@example.org")).isZero();
    }

    @Test
    void aNodeThatOwesADeletionPaysItByItselfWithoutAnotherRun() throws InterruptedException {
        QueuedLetters queue = new DatabaseAwayForDeletions(jdbc, 1);
        Instant soon = queuedSoon(queue, "paid-by-itself@example.org");
        QueueSender node = node(queue, new MovableClock(soon));

        assertThat(node.sendDue()).as("sent, but its row could not be deleted").isEqualTo(1);
        assertThat(queued("paid-by-itself@example.org")).isEqualTo(1);
        // nobody asks for another run (the sweep may be another node's): the node's own retry deletes the row
        long deadline = System.nanoTime() + QueueSender.OWED_RETRY.multipliedBy(3).toNanos();
        while (queued("paid-by-itself@example.org") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(queued("paid-by-itself@example.org")).isZero();
        assertThat(received("paid-by-itself@example.org")).hasSize(1);
    }

    @Test
    void aLetterClaimedByANodeThatStoppedBeforeSendingGoesOutWhenItsLeaseRunsOut() {
        QueuedLetters queue = new QueuedLetters(jdbc);
        Instant soon = queuedSoon(queue, "delayed@example.org");
        assertThat(queue.leaseNextDue(soon, soon.plus(QueueSender.LEASE))).as("claimed by a node that then stops")
                .isPresent();
        MovableClock clock = new MovableClock(soon);
        QueueSender another = node(queue, clock);

        assertThat(another.sendDue()).isZero();
        clock.moveTo(soon.plus(QueueSender.LEASE).minusSeconds(1));
        assertThat(another.sendDue()).isZero();
        clock.moveTo(soon.plus(QueueSender.LEASE));
        assertThat(another.sendDue()).isEqualTo(1);

        assertThat(received("delayed@example.org")).hasSize(1);
        assertThat(queued("delayed@example.org")).isZero();
    }

    @Test
    void aMemberErasedWhileHerLetterIsOnItsWayLeavesNothingOfItInTheOutbox() {
        Instant soon = Instant.now().plus(AHEAD);
        UUID her = UUID.randomUUID();
        QueuedLetters queue = new QueuedLetters(jdbc);
        queue.add(letter("erased-meanwhile@example.org").about(her), soon);
        Outbox outbox = new Outbox(queue, writer, new MovableClock(soon));
        LetterDelivery erasedOnTheWay = new LetterDelivery() {
            @Override
            public void deliver(WrittenLetter letter, QueuedLetters.Queued queued) {
                // her erasure (as MailQueue.forget does it) is done while the outbox is taking her letter
                queue.forget(her);
                outbox.forget(her);
                outbox.deliver(letter, queued);
            }

            @Override
            public void forget(UUID member) {
                outbox.forget(member);
            }
        };
        QueueSender node = started(new QueueSender(queue, writer, erasedOnTheWay, new MovableClock(soon), Duration.ofMinutes(1), 6));

        assertThat(node.sendDue()).isEqualTo(1);

        assertThat(outbox.letters()).extracting(kept -> kept.letter().to()).doesNotContain("erased-meanwhile@example.org");
    }

    @Test
    void aLetterThatCannotBeWrittenIsGivenUpAfterItsAttemptsAndReportedByKindOnly(CapturedOutput output) {
        QueuedLetters queue = new QueuedLetters(jdbc);
        Instant soon = queuedSoon(queue, "unwritable@example.org");
        LetterWriter failing = new LetterWriter(null, "Notifications <no-reply@localhost>") {
            @Override
            WrittenLetter write(Letter letter) {
                throw new IllegalArgumentException("no wording for " + letter.to());
            }
        };
        MovableClock clock = new MovableClock(soon);
        QueueSender node = started(new QueueSender(queue, failing, new Outbox(queue, writer, clock), clock, Duration.ofMinutes(1), 2));

        assertThat(node.sendDue()).isZero();
        assertThat(attempts("unwritable@example.org")).isEqualTo(1);
        clock.moveTo(soon.plus(Duration.ofMinutes(1)));
        assertThat(node.sendDue()).isZero();

        assertThat(valuesOfGivenUp("unwritable@example.org")).isEqualTo("{}");
        assertThat(output.getAll()).contains("Letter SIGN_IN_LINK", "given up after 2 attempts: IllegalArgumentException")
                .doesNotContain("unwritable@example.org");
    }

    @Test
    void aDeliveryThatFailsUnexpectedlyIsARefusedAttemptAndTheRunGoesOn(CapturedOutput output) {
        QueuedLetters queue = new QueuedLetters(jdbc);
        Instant soon = queuedSoon(queue, "breaks-the-delivery@example.org", "next-in-line@example.org");
        LetterDelivery server = toTheMailServer();
        LetterDelivery breaking = (letter, queued) -> {
            if (letter.to().startsWith("breaks-")) {
                throw new IllegalArgumentException("cannot hand over " + letter.to());
            }
            server.deliver(letter, queued);
        };
        QueueSender node = started(new QueueSender(queue, writer, breaking, new MovableClock(soon), Duration.ofMinutes(1), 6));

        assertThat(node.sendDue()).isEqualTo(1);

        refusedOnceAndTheRunWentOn("breaks-the-delivery@example.org", "next-in-line@example.org", soon);
        assertThat(output.getAll()).contains("attempt 1 of 6", "IllegalArgumentException")
                .doesNotContain("breaks-the-delivery@example.org");
    }

    @Test
    void aClassThatCannotBeLoadedForALetterIsARefusedAttemptAndTheRunGoesOn(CapturedOutput output) {
        QueuedLetters queue = new QueuedLetters(jdbc);
        Instant soon = queuedSoon(queue, "needs-a-missing-class@example.org", "written-fine@example.org");
        // as a template class missing from this node's jar would fail, in a rolling upgrade
        LetterWriter halfDeployed = new LetterWriter(null, "Notifications <no-reply@localhost>") {
            @Override
            WrittenLetter write(Letter letter) {
                if (letter.to().startsWith("needs-")) {
                    throw new NoClassDefFoundError("gg/jte/generated/precompiled/mail/JteANewLetterGenerated");
                }
                return writer.write(letter);
            }
        };
        QueueSender node = started(new QueueSender(queue, halfDeployed, toTheMailServer(), new MovableClock(soon),
                Duration.ofMinutes(1), 6));

        assertThat(node.sendDue()).isEqualTo(1);

        refusedOnceAndTheRunWentOn("needs-a-missing-class@example.org", "written-fine@example.org", soon);
        assertThat(output.getAll()).contains("attempt 1 of 6", ": NoClassDefFoundError")
                .doesNotContain("needs-a-missing-class@example.org");
    }

    @Test
    void aRowThatIsNoLetterHereIsARefusedAttemptAndTheRunGoesOn(CapturedOutput output) {
        QueuedLetters queue = new QueuedLetters(jdbc);
        Instant soon = queuedSoon(queue, "from-a-newer-version@example.org", "after-it@example.org");
        // a kind only the newer nodes know, in a rolling upgrade: one of them may claim it at its next attempt
        jdbc.sql("update mail_queue set kind = 'A_KIND_NOT_YET_KNOWN' where recipient = ?")
                .param("from-a-newer-version@example.org").update();
        MovableClock clock = new MovableClock(soon);
        QueueSender node = started(new QueueSender(queue, writer, toTheMailServer(), clock, Duration.ofMinutes(1), 2));

        assertThat(node.sendDue()).isEqualTo(1);
        refusedOnceAndTheRunWentOn("from-a-newer-version@example.org", "after-it@example.org", soon);

        clock.moveTo(soon.plus(Duration.ofMinutes(1)));
        assertThat(node.sendDue()).isZero();
        assertThat(valuesOfGivenUp("from-a-newer-version@example.org")).as("given up, values wiped")
                .isEqualTo("{}");
        assertThat(output.getAll()).contains("attempt 1 of 2", "given up after 2 attempts: its row cannot be read as a letter: IllegalArgumentException")
                .doesNotContain("from-a-newer-version@example.org");
    }

    /** Queues a letter to each, in this order, due an hour from now (whole seconds), and returns that time. */
    private static Instant queuedSoon(QueuedLetters queue, String... recipients) {
        Instant soon = Instant.now().plus(AHEAD).truncatedTo(ChronoUnit.SECONDS);
        for (String to : recipients) {
            queue.add(letter(to), soon);
        }
        return soon;
    }

    private QueueSender node(QueuedLetters queue, Clock clock) {
        return started(new QueueSender(queue, writer, toTheMailServer(), clock, Duration.ofMinutes(1), 6));
    }

    /** The first letter counted one refused attempt, due again after the retry delay, and the run sent the second. */
    private void refusedOnceAndTheRunWentOn(String refused, String sentAfterIt, Instant queuedFor) {
        assertThat(received(sentAfterIt)).hasSize(1);
        assertThat(attempts(refused)).isEqualTo(1);
        assertThat(nextAttempt(refused)).as("the retry delay, not the lease").isEqualTo(queuedFor.plus(Duration.ofMinutes(1)));
    }

    /** Kept to be stopped after the test: a node left running would go on sending, by its own clock, in later tests. */
    private QueueSender started(QueueSender node) {
        nodes.add(node);
        return node;
    }

    private static SmtpDelivery toTheMailServer() {
        JavaMailSenderImpl mailServer = new JavaMailSenderImpl();
        mailServer.setHost("127.0.0.1");
        mailServer.setPort(smtp.getSmtp().getPort());
        return new SmtpDelivery(mailServer, "Notifications <no-reply@localhost>");
    }

    private static Letter letter(String to) {
        return new Letter(to, Locale.ENGLISH, LetterKind.SIGN_IN_LINK,
                Map.of("link", "https://example.org/sign-in/link/use?token=1")).about(UUID.randomUUID());
    }

    private static MimeMessage[] received(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, to)).toArray(MimeMessage[]::new);
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values kept of a letter that was given up: none are. */
    private String valuesOfGivenUp(String to) {
        return jdbc.sql("select letter_values from mail_queue where recipient = ? and failed_at is not null").param(to)
                .query(String.class).single();
    }

    private int attempts(String to) {
        return jdbc.sql("select attempts from mail_queue where recipient = ?").param(to).query(Integer.class).single();
    }

    private Instant nextAttempt(String to) {
        return jdbc.sql("select next_attempt_at from mail_queue where recipient = ?").param(to)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private int queued(String to) {
        return jdbc.sql("select count(*) from mail_queue where recipient = ?").param(to).query(Integer.class).single();
    }

    /** The queue while the database is away for the first few deletions, and only for them. */
    private static final class DatabaseAwayForDeletions extends QueuedLetters {

        private int failing;

        DatabaseAwayForDeletions(JdbcClient jdbc, int failing) {
            super(jdbc);
            this.failing = failing;
        }

        @Override
        int delete(long id) {
            if (failing > 0) {
                failing--;
                throw new DataAccessResourceFailureException("the database is away");
            }
            return super.delete(id);
        }
    }

    /** A node's time, moved on by the test. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant later) {
            now = later;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

package app.temple.booking.internal;

import app.temple.TempleApplication;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.account.Accounts;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;
import app.temple.site.PublicAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders 24 hours and 1 hour before a session (the default setting), with time driven two ways: a sender built
 * with a clock set to the reminder's moment (as other tests build services with a fixed clock), and the real
 * scheduler's jobs brought forward to now, run by two application contexts on one database.
 */
@TempleIntegrationTest
class RemindersIntegrationTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired BookingService service;
    @Autowired Practitioners practitioners;
    @Autowired Bookings bookings;
    @Autowired Accounts accounts;
    @Autowired Mail mail;
    @Autowired VideoRooms rooms;
    @Autowired PublicAddress address;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired ReminderPlanner planner;
    @LocalServerPort int port;

    record Booked(String email, Booking booking, Practitioner practitioner, SessionType type) {
    }

    @Test
    void bothRemindersArePlannedWhenSheBooksAtTheirMoments() {
        Booked booked = book(0);
        Instant start = booked.booking().slot().start();

        assertThat(planned(booked.booking().id())).containsExactlyInAnyOrder(
                new Planned(booked.booking().id() + "/1440/" + start.getEpochSecond(), start.minus(Duration.ofHours(24))),
                new Planned(booked.booking().id() + "/60/" + start.getEpochSecond(), start.minus(Duration.ofHours(1))));
    }

    @Test
    void theSweepPlansTheRemindersOfASessionThatHasNone() {
        Booked booked = book(4);
        jdbc.sql("delete from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(RemindersTask.NAME, booked.booking().id() + "/%").update();
        assertThat(planned(booked.booking().id())).isEmpty();

        assertThat(planner.planMissing()).isPositive();

        Instant start = booked.booking().slot().start();
        assertThat(planned(booked.booking().id())).extracting(Planned::due).containsExactlyInAnyOrder(
                start.minus(Duration.ofHours(24)), start.minus(Duration.ofHours(1)));
    }

    @Test
    void eachReminderIsSentOnceAtItsMomentAndNotAfterTheStart() {
        Booked booked = book(1);
        Instant start = booked.booking().slot().start();
        ReminderKey dayBefore = new ReminderKey(booked.booking().id(), Duration.ofHours(24), start);
        ReminderKey hourBefore = new ReminderKey(booked.booking().id(), Duration.ofHours(1), start);

        assertThat(senderAt(dayBefore.due()).remind(dayBefore)).isEqualTo(ReminderSender.Outcome.SENT);
        assertThat(senderAt(dayBefore.due().plusSeconds(5)).remind(dayBefore)).isEqualTo(ReminderSender.Outcome.ALREADY_SENT);
        assertThat(senderAt(hourBefore.due()).remind(hourBefore)).isEqualTo(ReminderSender.Outcome.SENT);
        assertThat(senderAt(start).remind(new ReminderKey(booked.booking().id(), Duration.ofMinutes(30), start)))
                .isEqualTo(ReminderSender.Outcome.TOO_LATE);

        List<WrittenLetter> reminders = reminders(booked.email(), 2);
        assertThat(reminders).hasSize(2);
        WrittenLetter letter = reminders.getFirst();
        assertThat(letter.subject()).isEqualTo("A reminder of your appointment");
        assertThat(letter.text()).contains(SessionLetters.when(booked.booking(), STOCKHOLM, Locale.ENGLISH))
                .contains(address.of("/account")).doesNotContain("bookings")
                .doesNotContainIgnoringCase("therap").doesNotContainIgnoringCase(booked.practitioner().name())
                .doesNotContainIgnoringCase("sex");
    }

    @Test
    void aCancelledSessionGetsNoReminder() {
        Booked booked = book(2);
        assertThat(service.cancel(booked.booking().member(), booked.booking().id(), "")).isInstanceOf(BookingOutcome.Done.class);
        ReminderKey hourBefore = new ReminderKey(booked.booking().id(), Duration.ofHours(1), booked.booking().slot().start());

        assertThat(senderAt(hourBefore.due()).remind(hourBefore)).isEqualTo(ReminderSender.Outcome.NOT_CONFIRMED);
        assertThat(sentRows(booked.booking().id())).isZero();
        assertThat(reminders(booked.email(), 0)).isEmpty();
    }

    @Test
    void aMovedSessionIsRemindedAtItsNewTimeAndTheOldRemindersDoNothing() {
        Booked booked = book(3);
        Instant old = booked.booking().slot().start();
        Slot later = service.freeSlots(booked.practitioner(), booked.type(), booked.booking().id()).stream()
                .filter(slot -> slot.start().isAfter(old.plus(Duration.ofDays(2)))).findFirst().orElseThrow();
        assertThat(service.move(booked.booking().member(), booked.booking().id(), later.start())).isInstanceOf(BookingOutcome.Done.class);

        assertThat(planned(booked.booking().id())).extracting(Planned::due).contains(
                later.start().minus(Duration.ofHours(24)), later.start().minus(Duration.ofHours(1)));
        ReminderKey oldHour = new ReminderKey(booked.booking().id(), Duration.ofHours(1), old);
        ReminderKey newHour = new ReminderKey(booked.booking().id(), Duration.ofHours(1), later.start());
        assertThat(senderAt(oldHour.due()).remind(oldHour)).isEqualTo(ReminderSender.Outcome.MOVED);
        assertThat(senderAt(newHour.due()).remind(newHour)).isEqualTo(ReminderSender.Outcome.SENT);

        List<WrittenLetter> reminders = reminders(booked.email(), 1);
        assertThat(reminders).hasSize(1);
        Booking moved = bookings.byId(booked.booking().id()).orElseThrow();
        assertThat(reminders.getFirst().text()).contains(SessionLetters.when(moved, STOCKHOLM, Locale.ENGLISH));
    }

    @Test
    void twoApplicationsOnOneDatabaseSendEachReminderOnce() throws InterruptedException {
        List<Booked> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            booked.add(book(10 + i));
        }
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TempleApplication.class)
                .run("--server.port=0", "--db-scheduler.polling-interval=1s")) {
            // the clock of both schedulers is the real one: bring every planned reminder of these sessions to now
            for (Booked each : booked) {
                jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = ? and task_instance like ?")
                        .params(RemindersTask.NAME, each.booking().id() + "/%").update();
            }
            Instant deadline = Instant.now().plusSeconds(60);
            while (booked.stream().anyMatch(each -> !planned(each.booking().id()).isEmpty() || waiting(each.email()) > 0)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            Outbox other = second.getBean(Outbox.class);
            for (Booked each : booked) {
                assertThat(planned(each.booking().id())).isEmpty();
                assertThat(sentRows(each.booking().id())).isEqualTo(2);
                long letters = Stream.concat(outbox.letters().stream(), other.letters().stream())
                        .filter(kept -> kept.letter().to().equalsIgnoreCase(each.email())
                                && kept.letter().kind() == LetterKind.APPOINTMENT_REMINDER)
                        .count();
                assertThat(letters).as("reminders to " + each.email()).isEqualTo(2);
                // and a reminder run again on the other node, as after a crash before db-scheduler noted it done
                ReminderKey hour = new ReminderKey(each.booking().id(), Duration.ofHours(1), each.booking().slot().start());
                assertThat(second.getBean(ReminderSender.class).remind(hour)).isEqualTo(ReminderSender.Outcome.ALREADY_SENT);
            }
        }
    }

    record Planned(String instance, Instant due) {
    }

    private List<Planned> planned(UUID booking) {
        return jdbc.sql("select task_instance, execution_time from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(RemindersTask.NAME, booking + "/%")
                .query((row, i) -> new Planned(row.getString(1), row.getTimestamp(2).toInstant())).list();
    }

    private int sentRows(UUID booking) {
        return jdbc.sql("select count(*) from booking_reminder_sent where booking_id = ?").param(booking).query(Integer.class).single();
    }

    private int waiting(String email) {
        return jdbc.sql("select count(*) from mail_queue where recipient = ?").param(email).query(Integer.class).single();
    }

    /** Her reminder letters once {@code expected} have gone out (or after a few seconds, whatever is there). */
    private List<WrittenLetter> reminders(String email, int expected) {
        Instant deadline = Instant.now().plusSeconds(expected == 0 ? 2 : 15);
        List<WrittenLetter> found;
        do {
            found = outbox.letters().stream().map(Outbox.KeptLetter::letter)
                    .filter(letter -> letter.to().equalsIgnoreCase(email) && letter.kind() == LetterKind.APPOINTMENT_REMINDER)
                    .toList();
            if (found.size() >= expected && expected > 0) {
                return found;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return found;
    }

    private ReminderSender senderAt(Instant now) {
        return new ReminderSender(bookings, accounts, mail, rooms, address, jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A member with a session more than two days ahead with a practitioner of her own (Stockholm, weekdays). */
    private Booked book(int seed) {
        Practitioner practitioner = new TestPractitioners(practitioners).create(STOCKHOLM, "09:00-17:00",
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        String email = TestMembers.newAddress("reminded");
        new TestMembers(port, outbox).confirmed(email);
        UUID member = TestMembers.idOf(jdbc, email);
        Slot slot = service.freeSlots(practitioner, type).stream()
                .filter(s -> s.start().isAfter(Instant.now().plus(Duration.ofDays(2)))).skip(seed).findFirst().orElseThrow();
        BookingOutcome outcome = service.book(new BookingRequest(member, type.id(), slot.start(), STOCKHOLM, Locale.ENGLISH,
                "reminder-test-" + UUID.randomUUID(), null));
        assertThat(outcome).isInstanceOf(BookingOutcome.Done.class);
        return new Booked(email, ((BookingOutcome.Done) outcome).booking(), practitioner, type);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

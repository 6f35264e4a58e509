package app.temple.booking.internal;

import app.temple.account.Accounts;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.site.PublicAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one planned reminder when its moment comes, if it still means something: the session is still confirmed,
 * still starts when the reminder was planned for, and has not begun. The row in {@code booking_reminder_sent} and
 * the queued letter are one transaction, and the row's key is the reminder, so a run repeated on another node or
 * after a restart sends nothing more. The letter names a time and links only (privacy rule 7).
 */
@Component
class ReminderSender {

    /** Where the letter sends her: her account page, which lists her sessions; no topic word in the link. */
    static final String HER_ACCOUNT = "/account";

    /** What came of running a reminder, so tests and logs can tell the cases apart. */
    enum Outcome { SENT, ALREADY_SENT, GONE, NOT_CONFIRMED, MOVED, TOO_LATE }

    private final Bookings bookings;
    private final Accounts accounts;
    private final Mail mail;
    private final VideoRooms rooms;
    private final PublicAddress address;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderSender(Bookings bookings, Accounts accounts, Mail mail, VideoRooms rooms, PublicAddress address,
                   JdbcClient jdbc, Clock clock) {
        this.bookings = bookings;
        this.accounts = accounts;
        this.mail = mail;
        this.rooms = rooms;
        this.address = address;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Outcome remind(ReminderKey key) {
        Optional<Booking> found = bookings.byId(key.booking());
        if (found.isEmpty()) {
            return Outcome.GONE;
        }
        Booking booking = found.get();
        if (booking.status() != BookingStatus.CONFIRMED) {
            return Outcome.NOT_CONFIRMED;
        }
        if (!booking.slot().start().equals(key.start())) {
            return Outcome.MOVED;
        }
        Instant now = clock.instant();
        if (!now.isBefore(key.start())) {
            return Outcome.TOO_LATE;
        }
        int recorded = jdbc.sql("""
                insert into booking_reminder_sent (booking_id, lead_minutes, starts_at, sent_at) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(key.booking(), (int) key.lead().toMinutes(), Timestamp.from(key.start()), Timestamp.from(now))
                .update();
        if (recorded == 0) {
            return Outcome.ALREADY_SENT;
        }
        accounts.profile(booking.member()).ifPresent(her -> {
            Map<String, String> values = new HashMap<>();
            values.put("when", SessionLetters.when(booking, booking.memberZone(), booking.language()));
            values.put("link", address.of(HER_ACCOUNT));
            values.put("room", rooms.link(booking.videoToken()));
            mail.send(new Letter(her.email(), booking.language(), LetterKind.APPOINTMENT_REMINDER, values).about(booking.member()));
        });
        return Outcome.SENT;
    }
}

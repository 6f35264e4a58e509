package app.temple.booking.internal;

import app.temple.account.Accounts;
import app.temple.mail.Attachment;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.site.Dates;
import app.temple.site.PublicAddress;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Her letters about a session, and the practitioner's when her profile is linked to an account, each with its
 * calendar invitation. They name a time and links only: no practitioner, no kind of help, nothing she wrote (rule 7).
 */
@Component
class SessionLetters {

    /**
     * Where her letters send her: her account page, which lists her sessions. A path with a topic word in it would
     * say in the letter what the letter must not.
     */
    static final String HER_ACCOUNT = "/account";

    private final Accounts accounts;
    private final Mail mail;
    private final Invitations invitations;
    private final VideoRooms rooms;
    private final PublicAddress address;
    private final Clock clock;

    SessionLetters(Accounts accounts, Mail mail, Invitations invitations, VideoRooms rooms, PublicAddress address, Clock clock) {
        this.accounts = accounts;
        this.mail = mail;
        this.invitations = invitations;
        this.rooms = rooms;
        this.address = address;
        this.clock = clock;
    }

    /** What happened to the booking, for the letters' wording. */
    enum Change {
        BOOKED(LetterKind.APPOINTMENT_CONFIRMED, "booked"),
        MOVED(LetterKind.APPOINTMENT_MOVED, "moved"),
        CANCELLED(LetterKind.APPOINTMENT_CANCELLED, "cancelled");

        private final LetterKind toMember;
        private final String word;

        Change(LetterKind toMember, String word) {
            this.toMember = toMember;
            this.word = word;
        }
    }

    /** Queues both letters in the caller's transaction. */
    void send(Booking booking, Practitioner practitioner, Change change) {
        Instant now = clock.instant();
        String room = rooms.link(booking.videoToken());
        accounts.profile(booking.member()).ifPresent(her -> {
            Map<String, String> values = new HashMap<>();
            values.put("when", when(booking, booking.memberZone(), booking.language()));
            values.put("link", address.of(HER_ACCOUNT));
            if (change != Change.CANCELLED) {
                values.put("room", room);
            }
            mail.send(new Letter(her.email(), booking.language(), change.toMember, values)
                    .about(booking.member()).with(invitation(booking, her.email(), room, now, change)));
        });
        if (practitioner.account() != null) {
            accounts.profile(practitioner.account()).ifPresent(she -> {
                Locale language = Locale.forLanguageTag(she.language() == null ? "en" : she.language());
                Map<String, String> values = new HashMap<>();
                values.put("when", when(booking, practitioner.zone(), language));
                values.put("change", change.word);
                if (change != Change.CANCELLED) {
                    values.put("room", room);
                }
                Booking inHerLanguage = new Booking(booking.id(), booking.practitioner(), booking.sessionType(),
                        booking.member(), booking.slot(), booking.status(), booking.icalUid(), booking.sequence(),
                        booking.videoToken(), practitioner.zone(), language, booking.cancelledAt());
                mail.send(new Letter(she.email(), language, LetterKind.APPOINTMENT_WITH_YOU, values)
                        .about(booking.member()).with(invitation(inHerLanguage, she.email(), room, now, change)));
            });
        }
    }

    private Attachment invitation(Booking booking, String to, String room, Instant now, Change change) {
        return change == Change.CANCELLED ? invitations.cancel(booking, to, room, now) : invitations.request(booking, to, room, now);
    }

    /** e.g. "Monday 12 April 2027, 09:00–09:50 (Europe/Stockholm)", in the reader's language and zone. */
    static String when(Booking booking, ZoneId zone, Locale language) {
        return when(booking.slot(), zone, language);
    }

    /** As {@link #when(Booking, ZoneId, Locale)}, for a time not booked yet (a waitlist's offer). */
    static String when(Slot slot, ZoneId zone, Locale language) {
        return Dates.weekdayAndTimes(slot.start(), slot.end(), zone, language) + " (" + zone.getId() + ")";
    }

}

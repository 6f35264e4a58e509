package app.temple.booking.internal;

import app.temple.mail.Attachment;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * The calendar invitations (.ics, RFC 5545/5546) sent with her letters. One UID for a booking's life and a SEQUENCE
 * that rises with every change, so a calendar replaces the event instead of adding a second one; a cancellation is
 * {@code METHOD:CANCEL}. Times are written in UTC, so no calendar has to guess a zone. The title is as discreet as
 * the letter (privacy rule 7): a calendar is shown on lock screens and shared with assistants.
 */
@Component
class Invitations {

    private static final String TYPE = "text/calendar; charset=UTF-8; method=";

    private final String organizer;

    Invitations(@Value("${temple.mail.from}") String from) {
        String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from.trim();
        this.organizer = "mailto:" + address;
    }

    /** The invitation to a booked or moved session. */
    Attachment request(Booking booking, String recipient, String roomLink, Instant now) {
        return new Attachment("invite.ics", TYPE + "REQUEST", write(booking, recipient, roomLink, now, false));
    }

    /** The cancellation of a session she was invited to. */
    Attachment cancel(Booking booking, String recipient, String roomLink, Instant now) {
        return new Attachment("invite.ics", TYPE + "CANCEL", write(booking, recipient, roomLink, now, true));
    }

    /** The invitation to every session of a weekly series: one event each, each with its own UID. */
    Attachment requestAll(java.util.List<Booking> bookings, String recipient, java.util.function.Function<Booking, String> roomLink,
                          Instant now) {
        Calendar calendar = calendar(false);
        bookings.forEach(booking -> calendar.add(event(booking, recipient, roomLink.apply(booking), now, false)));
        return new Attachment("invite.ics", TYPE + "REQUEST", text(calendar));
    }

    private String write(Booking booking, String recipient, String roomLink, Instant now, boolean cancelled) {
        Calendar calendar = calendar(cancelled);
        calendar.add(event(booking, recipient, roomLink, now, cancelled));
        return text(calendar);
    }

    private VEvent event(Booking booking, String recipient, String roomLink, Instant now, boolean cancelled) {
        Locale language = booking.language();
        VEvent event = new VEvent(booking.slot().start(), booking.slot().end(), "sv".equals(language.getLanguage()) ? "Bokad tid" : "Appointment");
        event.add(new Uid(booking.icalUid()));
        event.add(new Sequence(booking.sequence()));
        // the constructor stamps the event with the machine's clock; the stamp is the injected one, and only once
        event.replace(new DtStamp(now));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Organizer(URI.create(organizer)));
        event.add(new Attendee(URI.create("mailto:" + recipient)));
        if (roomLink != null && !cancelled) {
            event.add(new Location(roomLink));
            event.add(new Description(roomLink));
        }
        return event;
    }

    private static Calendar calendar(boolean cancelled) {
        return new Calendar()
                .withProdId("-//Notifications//Calendar 1.0//EN")
                .withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .getFluentTarget();
    }

    /** A calendar as the text of an .ics file. */
    static String text(Calendar calendar) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

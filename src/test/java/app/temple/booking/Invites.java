package app.temple.booking;

import app.temple.mail.internal.WrittenLetter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter's calendar invitation, parsed by ical4j as a calendar program would read it. */
public record Invites(String method, String uid, int sequence, Instant start, Instant end, String status, String location) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public static Invites of(WrittenLetter letter) {
        assertThat(letter.attachment()).as("the letter carries an invitation").isNotNull();
        assertThat(letter.attachment().fileName()).isEqualTo("invite.ics");
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(letter.attachment().text()));
            VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
            assertThat(event.getProperties(Property.DTSTAMP)).as("one DTSTAMP, as RFC 5545 asks").hasSize(1);
            return new Invites(value(calendar.getProperty(Property.METHOD)), value(event.getProperty(Property.UID)),
                    Integer.parseInt(value(event.getProperty(Property.SEQUENCE))), instant(value(event.getProperty(Property.DTSTART))),
                    instant(value(event.getProperty(Property.DTEND))), value(event.getProperty(Property.STATUS)),
                    event.getProperty(Property.LOCATION).map(Property::getValue).orElse(null));
        } catch (IOException | ParserException e) {
            throw new AssertionError("the invitation does not parse: " + letter.attachment().text(), e);
        }
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow(() -> new AssertionError("a property is missing")).getValue();
    }

    /** Times must be written in UTC ("...Z"), so no calendar has to guess a zone. */
    private static Instant instant(String value) {
        assertThat(value).endsWith("Z");
        return Instant.from(UTC.parse(value));
    }
}

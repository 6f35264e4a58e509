package app.temple.booking.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A session type offered as 16 weekly sessions, booked as a whole or not at all, over HTTP and through the service. */
@TempleIntegrationTest
class SeriesIntegrationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Four months: from any date, long enough to cross a change of New York's clocks more often than not. */
    private static final int WEEKS = 16;

    @Autowired SeriesService series;
    @Autowired SeriesOffers offers;
    @Autowired BookingService bookings;
    @Autowired Bookings bookingRows;
    @Autowired Practitioners practitioners;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @LocalServerPort int port;

    @Test
    void sheBooksTheWholeSeriesFromItsPagesAndSeesEverySessionAtTheSameLocalTime() throws Exception {
        Practitioner practitioner = weekdays();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        String email = TestMembers.newAddress("series");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        String slots = "/sessions/practitioners/" + practitioner.slug() + "/" + type.slug();

        assertThat(her.get(slots).body()).contains(slots + "/series");
        String week = her.get(slots + "/series?zone=Europe/Stockholm").body();
        Matcher first = Pattern.compile("href=\"(" + Pattern.quote(slots) + "/series\\?start=[^\"]+)\"").matcher(week);
        assertThat(first.find()).isTrue();
        String confirm = her.get(first.group(1).replace("&amp;", "&")).body();
        assertThat(confirm).contains("Book all " + WEEKS).containsPattern("<td data-label=\"[^\"]+\">" + WEEKS + "</td>");
        String start = value(confirm, "start");
        HttpResponse<String> booked = her.post(slots + "/series", "start", start, "zone", "Europe/Stockholm", "key", value(confirm, "key"));

        assertThat(Visitor.redirectPath(booked)).isEqualTo("/account/bookings?series");
        UUID member = TestMembers.idOf(jdbc, email);
        List<Booking> all = bookingRows.ofMember(member).reversed();
        assertThat(all).hasSize(WEEKS);
        assertThat(all.stream().map(b -> offers.seriesOf(b.id()).orElseThrow()).distinct()).hasSize(1);
        LocalTime local = Instant.parse(start).atZone(NEW_YORK).toLocalTime();
        for (int i = 0; i < WEEKS; i++) {
            assertThat(all.get(i).slot().start().atZone(NEW_YORK).toLocalTime()).isEqualTo(local);
            assertThat(all.get(i).slot().start().atZone(NEW_YORK).toLocalDate())
                    .isEqualTo(all.getFirst().slot().start().atZone(NEW_YORK).toLocalDate().plusWeeks(i));
        }
        // where the clocks change inside the series, the same local time is two different UTC offsets
        Instant firstStart = all.getFirst().slot().start();
        var change = NEW_YORK.getRules().nextTransition(firstStart);
        long offsets = all.stream().map(b -> b.slot().start().atZone(NEW_YORK).getOffset()).distinct().count();
        assertThat(offsets).isEqualTo(change != null && change.getInstant().isBefore(all.getLast().slot().start()) ? 2 : 1);
        String mine = her.get("/account/bookings").body();
        all.forEach(b -> assertThat(mine).contains("/account/bookings/" + b.id()));
        assertThat(mine).contains("Weekly series").contains(type.name().en() + " with " + practitioner.name() + ": " + WEEKS + " still to come.");

        WrittenLetter letter = letter(email);
        assertThat(letter.subject()).isEqualTo("Your appointments are confirmed");
        assertThat(letter.text()).contains("There are " + WEEKS + " in all").doesNotContainIgnoringCase(practitioner.name());
        Calendar calendar = new CalendarBuilder().build(new StringReader(letter.attachment().text()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(WEEKS);
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()).distinct()).hasSize(WEEKS)
                .allMatch(uid -> uid.endsWith("@invite"));
        assertThat(events.stream().map(e -> Instant.from((Temporal) e.getDateTimeStart().getDate())).toList())
                .isEqualTo(all.stream().map(b -> b.slot().start()).toList());
    }

    @Test
    void aWeekThatIsTakenBooksNothingAndIsNamed() {
        Practitioner practitioner = weekdays();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        Slot first = firstFree(practitioner, type);
        Slot fourth = SeriesPlan.occurrences(first.start(), type.length(), NEW_YORK, WEEKS).get(3);
        UUID other = member("other");
        assertThat(bookings.book(new BookingRequest(other, type.id(), fourth.start(), NEW_YORK, Locale.ENGLISH,
                "single-" + UUID.randomUUID(), null))).isInstanceOf(BookingOutcome.Done.class);
        String email = TestMembers.newAddress("collides");
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        UUID her = TestMembers.idOf(jdbc, email);
        String path = "/sessions/practitioners/" + practitioner.slug() + "/" + type.slug() + "/series";

        visitor.get(path);
        HttpResponse<String> refused = visitor.post(path, "start", first.start().toString(), "zone", "America/New_York",
                "key", "series-" + UUID.randomUUID());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Week 4 (").contains("is not free, so nothing was booked");
        SeriesOutcome outcome = series.book(new SeriesRequest(her, type.id(), first.start(), NEW_YORK, Locale.ENGLISH,
                "series-" + UUID.randomUUID()));

        assertThat(outcome).isEqualTo(new SeriesOutcome.Collides(4, fourth));
        assertThat(bookingRows.ofMember(her)).isEmpty();
    }

    @Test
    void eightMembersRacingForOneSeriesLeaveOneWholeSeriesAndNoOverlap() throws Exception {
        Practitioner practitioner = weekdays();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        Slot first = firstFree(practitioner, type);
        List<UUID> members = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(member("racer"));
        }
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<SeriesOutcome>> outcomes = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (UUID member : members) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    return series.book(new SeriesRequest(member, type.id(), first.start(), NEW_YORK, Locale.ENGLISH,
                            "race-" + UUID.randomUUID()));
                }));
            }
            go.countDown();
        }
        List<SeriesOutcome> results = new java.util.ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }

        assertThat(results.stream().filter(SeriesOutcome.Booked.class::isInstance)).hasSize(1);
        assertThat(results.stream().filter(SeriesOutcome.Collides.class::isInstance)).hasSize(7);
        assertThat(jdbc.sql("select count(*) from booking_booking where practitioner_id = ? and status = 'confirmed'")
                .param(practitioner.id()).query(Integer.class).single()).isEqualTo(WEEKS);
        assertThat(jdbc.sql("""
                select count(*) from booking_booking a join booking_booking b on a.practitioner_id = b.practitioner_id
                    and a.id < b.id and a.status <> 'cancelled' and b.status <> 'cancelled'
                    and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
                where a.practitioner_id = ?
                """).param(practitioner.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void cancellingOneSessionLeavesTheOthersAndAFormSentTwiceBooksOnce() {
        Practitioner practitioner = weekdays();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        UUID her = member("keeps");
        SeriesRequest request = new SeriesRequest(her, type.id(), firstFree(practitioner, type).start(), NEW_YORK,
                Locale.ENGLISH, "series-" + UUID.randomUUID());
        SeriesOutcome.Booked booked = (SeriesOutcome.Booked) series.book(request);
        assertThat(series.book(request)).isEqualTo(booked);

        assertThat(bookings.cancel(her, booked.bookings().get(1).id(), "")).isInstanceOf(BookingOutcome.Done.class);

        List<Booking> now = bookingRows.ofMember(her);
        assertThat(now).hasSize(WEEKS);
        assertThat(now.stream().filter(b -> b.status() == BookingStatus.CONFIRMED)).hasSize(WEEKS - 1);
        assertThat(bookingRows.byId(booked.bookings().get(1).id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
    }

    /** A New York practitioner working weekdays 09:00–17:00, offering her type as 16 weekly sessions. */
    private Practitioner weekdays() {
        Practitioner practitioner = new TestPractitioners(practitioners).create(NEW_YORK, "09:00-17:00", DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        offers.offer(new TestPractitioners(practitioners).typeOf(practitioner).id(), WEEKS);
        return practitioner;
    }

    private Slot firstFree(Practitioner practitioner, SessionType type) {
        return bookings.freeSlots(practitioner, type).getFirst();
    }

    private UUID member(String prefix) {
        String email = TestMembers.newAddress(prefix);
        new TestMembers(port, outbox).confirmed(email);
        return TestMembers.idOf(jdbc, email);
    }

    private WrittenLetter letter(String email) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            var found = outbox.letters().stream().map(Outbox.KeptLetter::letter)
                    .filter(l -> l.to().equalsIgnoreCase(email) && l.kind() == LetterKind.APPOINTMENT_SERIES).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no series letter to " + email);
    }

    private static String value(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}

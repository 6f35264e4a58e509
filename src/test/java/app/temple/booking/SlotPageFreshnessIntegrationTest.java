package app.temple.booking;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import app.temple.mail.internal.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of free times is kept in memory for visitors (and its offer for members), yet never offers a time that
 * was booked here by the next load, offers a cancelled one again by the next load, and follows a booking written by
 * another instance sharing the database within its change poll (a second here, as in production).
 */
@TempleIntegrationTest
class SlotPageFreshnessIntegrationTest {

    /** The change poll is a second; this leaves room for a loaded machine. */
    private static final Duration WITHIN_THE_POLL = Duration.ofSeconds(8);

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;
    @Autowired
    MeterRegistry meters;

    @Test
    void aTimeBookedHereLeavesThePageAtOnceAndComesBackWhenCancelled() {
        String slug = BookingFixtures.practitioner(practitioners, "fresh", 0, 0);
        String page = "/sessions/practitioners/" + slug + "/" + BookingFixtures.SHORT;
        Practitioner her = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.SHORT);
        Slot chosen = sessions.freeSlots(her, type).get(6); // three hours ahead: in the first week shown
        Visitor visitor = new Visitor(port);
        TestMembers members = new TestMembers(port, outbox);
        String email = TestMembers.newAddress("fresh");
        Visitor member = members.signedIn(email);
        UUID memberId = TestMembers.idOf(jdbc, email);

        assertThat(offers(visitor.get(page).body(), chosen)).isTrue();
        double served = servedFromMemory();
        assertThat(offers(visitor.get(page).body(), chosen)).isTrue();
        assertThat(servedFromMemory()).as("the visitor's second load is served from memory").isGreaterThan(served);
        assertThat(offers(member.get(page).body(), chosen)).isTrue();
        assertThat(offers(visitor.get(page + "?zone=Asia/Tokyo").body(), chosen)).isTrue();

        BookingOutcome booked = sessions.book(new BookingRequest(memberId, type.id(), chosen.start(), ZoneId.of("UTC"),
                Locale.ENGLISH, UUID.randomUUID().toString().replace("-", ""), null));
        UUID booking = ((BookingOutcome.Done) booked).booking().id();

        assertThat(offers(visitor.get(page).body(), chosen)).as("the visitor's page after the booking").isFalse();
        assertThat(offers(member.get(page).body(), chosen)).as("a member's page after the booking").isFalse();
        assertThat(offers(visitor.get(page + "?zone=Asia/Tokyo").body(), chosen)).as("another zone's page").isFalse();

        assertThat(sessions.cancel(memberId, booking, null)).isInstanceOf(BookingOutcome.Done.class);

        assertThat(offers(visitor.get(page).body(), chosen)).as("the visitor's page after the cancellation").isTrue();
        assertThat(offers(member.get(page).body(), chosen)).as("a member's page after the cancellation").isTrue();
        assertThat(offers(visitor.get(page + "?zone=Asia/Tokyo").body(), chosen)).isTrue();
    }

    @Test
    void aBookingWrittenByAnotherInstanceLeavesThePageWithinThePoll() {
        String slug = BookingFixtures.practitioner(practitioners, "elsewhere", 0, 0);
        String page = "/sessions/practitioners/" + slug + "/" + BookingFixtures.SHORT;
        Practitioner her = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.SHORT);
        Slot chosen = sessions.freeSlots(her, type).get(6);
        Visitor visitor = new Visitor(port);
        assertThat(offers(visitor.get(page).body(), chosen)).isTrue();
        assertThat(offers(visitor.get(page + "?zone=UTC").body(), chosen)).isTrue();

        // written past this instance, as the other node writes it: nothing here is told
        UUID booking = UUID.randomUUID();
        jdbc.sql("""
                insert into booking_booking (id, practitioner_id, session_type_id, member_id, starts_at, ends_at, blocked_from,
                    blocked_until, status, ical_uid, video_token, idempotency_key, member_zone, language, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, ?, 'UTC', 'en', now(), now())
                """).params(booking, her.id(), type.id(), UUID.randomUUID(), Timestamp.from(chosen.start()),
                Timestamp.from(chosen.end()), Timestamp.from(chosen.start()), Timestamp.from(chosen.end()),
                UUID.randomUUID() + "@invite", "room-" + booking, "other-node-" + booking).update();

        assertThat(eventually(visitor, page, offered -> !offered.contains(chosen))).as("the shared page").isTrue();
        assertThat(eventually(visitor, page + "?zone=UTC", offered -> !offered.contains(chosen))).as("a zone's page").isTrue();

        jdbc.sql("update booking_booking set status = 'cancelled', cancelled_at = now(), cancelled_by = 'member', updated_at = now() where id = ?")
                .param(booking).update();

        assertThat(eventually(visitor, page, offered -> offered.contains(chosen))).as("offered again").isTrue();
        assertThat(eventually(visitor, page + "?zone=UTC", offered -> offered.contains(chosen))).isTrue();
    }

    @Test
    void hoursChangedByAnotherInstanceShowWithinThePoll() {
        String slug = BookingFixtures.practitioner(practitioners, "hours", 0, 0);
        String page = "/sessions/practitioners/" + slug + "/" + BookingFixtures.SHORT;
        Visitor visitor = new Visitor(port);
        assertThat(Jsoup.parse(visitor.get(page).body()).select("a.slot")).isNotEmpty();

        // another instance's desk takes every hour away (she stops working)
        jdbc.sql("delete from booking_weekly_hours where practitioner_id = ?")
                .param(BookingFixtures.find(practitioners, slug).id()).update();

        assertThat(eventually(visitor, page, body -> body.times() == 0)).isTrue();
    }

    /** The times a page offers, by their start. */
    private record Offered(String hrefs, int times) {
        boolean contains(Slot slot) {
            return hrefs.contains("start=" + slot.start());
        }
    }

    private static Offered offered(String body) {
        var links = Jsoup.parse(body).select("a.slot").eachAttr("href");
        // a visitor's link signs her in first, with the confirm step's address (and its start) encoded inside it
        String decoded = URLDecoder.decode(URLDecoder.decode(String.join("\n", links), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return new Offered(decoded, links.size());
    }

    private static boolean offers(String body, Slot slot) {
        return offered(body).contains(slot);
    }

    private static boolean eventually(Visitor visitor, String page, Predicate<Offered> condition) {
        Instant until = Instant.now().plus(WITHIN_THE_POLL);
        while (Instant.now().isBefore(until)) {
            if (condition.test(offered(visitor.get(page).body()))) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private double servedFromMemory() {
        return meters.find("temple.shared.pages.served").counter() == null ? 0
                : meters.find("temple.shared.pages.served").counter().count();
    }
}

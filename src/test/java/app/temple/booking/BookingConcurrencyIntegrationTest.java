package app.temple.booking;

import app.temple.TempleIntegrationTest;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No slot is ever given twice: many members at once on one slot, on many slots, and one member sending one form many
 * times. The application checks first, but the database's exclusion constraint is what holds under a race.
 */
@TempleIntegrationTest
class BookingConcurrencyIntegrationTest {

    private static final int ATTEMPTS = 200;

    @Autowired
    BookingService bookings;
    @Autowired
    Practitioners practitioners;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredMembersRacingForOneSlotMakeExactlyOneBooking() throws Exception {
        String slug = BookingFixtures.practitioner(practitioners, "race-one", 10, 10);
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        Slot slot = bookings.freeSlots(practitioner, type).get(100);

        List<BookingOutcome> outcomes = all(ATTEMPTS, i -> bookings.book(request(UUID.randomUUID(), type, slot)));

        assertThat(outcomes.stream().filter(BookingOutcome.Done.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(BookingOutcome.Taken.class::isInstance)).hasSize(ATTEMPTS - 1);
        assertThat(outcomes.stream().filter(BookingOutcome.Taken.class::isInstance).map(o -> ((BookingOutcome.Taken) o).nearest()))
                .as("each who lost is offered other times").allMatch(nearest -> !nearest.isEmpty()
                        && nearest.stream().noneMatch(s -> s.start().equals(slot.start())));
        assertThat(rowsOf(practitioner)).isEqualTo(1);
        assertThat(overlaps()).isZero();
    }

    @Test
    void twoHundredMembersOnTwoHundredDistinctSlotsAllGetTheirs() throws Exception {
        String slug = BookingFixtures.practitioner(practitioners, "race-many", 0, 0);
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.SHORT);
        List<Slot> free = bookings.freeSlots(practitioner, type);
        assertThat(free.size()).isGreaterThan(ATTEMPTS + 10);

        List<BookingOutcome> outcomes = all(ATTEMPTS, i -> bookings.book(request(UUID.randomUUID(), type, free.get(i + 5))));

        assertThat(outcomes).allMatch(BookingOutcome.Done.class::isInstance);
        assertThat(rowsOf(practitioner)).isEqualTo(ATTEMPTS);
        assertThat(overlaps()).isZero();
    }

    @Test
    void oneFormSentManyTimesAtOnceBooksOnce() throws Exception {
        String slug = BookingFixtures.practitioner(practitioners, "twice", 0, 0);
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.SHORT);
        Slot slot = bookings.freeSlots(practitioner, type).get(20);
        UUID member = UUID.randomUUID();
        BookingRequest form = request(member, type, slot);

        List<BookingOutcome> outcomes = all(20, i -> bookings.book(form));

        assertThat(outcomes).allMatch(BookingOutcome.Done.class::isInstance);
        assertThat(outcomes.stream().map(o -> ((BookingOutcome.Done) o).booking().id()).distinct()).hasSize(1);
        assertThat(rowsOf(practitioner)).isEqualTo(1);
        assertThat(bookings.book(form)).as("and once more, later").isEqualTo(outcomes.getFirst());
    }

    @Test
    void theDatabaseItselfRefusesAnOverlapTheApplicationDidNotCheck() {
        String slug = BookingFixtures.practitioner(practitioners, "constraint", 15, 15);
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        Slot slot = bookings.freeSlots(practitioner, type).get(10);
        assertThat(bookings.book(request(UUID.randomUUID(), type, slot))).isInstanceOf(BookingOutcome.Done.class);

        // a row written past the application, 40 minutes later: its buffer meets the first one's
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into booking_booking (id, practitioner_id, session_type_id, member_id, starts_at, ends_at,
                            blocked_from, blocked_until, status, ical_uid, video_token, idempotency_key, member_zone, language,
                            created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, 'manual-key-0000000', 'UTC', 'en', now(), now())
                        """)
                        .params(UUID.randomUUID(), practitioner.id(), type.id(), UUID.randomUUID(),
                                java.sql.Timestamp.from(slot.start().plus(Duration.ofMinutes(60))),
                                java.sql.Timestamp.from(slot.start().plus(Duration.ofMinutes(110))),
                                java.sql.Timestamp.from(slot.start().plus(Duration.ofMinutes(45))),
                                java.sql.Timestamp.from(slot.start().plus(Duration.ofMinutes(125))),
                                UUID.randomUUID().toString(), UUID.randomUUID().toString())
                        .update())
                .hasMessageContaining("booking_no_overlap");
    }

    private int rowsOf(Practitioner practitioner) {
        return jdbc.sql("select count(*) from booking_booking where practitioner_id = ? and status <> 'cancelled'")
                .param(practitioner.id()).query(Integer.class).single();
    }

    /** Pairs of live bookings of one practitioner whose held times meet, in the whole table. */
    private int overlaps() {
        return jdbc.sql("""
                select count(*) from booking_booking a join booking_booking b
                  on a.practitioner_id = b.practitioner_id and a.id < b.id
                 and a.status <> 'cancelled' and b.status <> 'cancelled'
                 and tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(b.blocked_from, b.blocked_until, '[)')
                """).query(Integer.class).single();
    }

    static BookingRequest request(UUID member, SessionType type, Slot slot) {
        return new BookingRequest(member, type.id(), slot.start(), ZoneId.of("Europe/Stockholm"), Locale.ENGLISH,
                UUID.randomUUID().toString().replace("-", ""), null);
    }

    interface Attempt {
        BookingOutcome run(int i) throws Exception;
    }

    /** Runs {@code count} attempts at the same moment, each on its own thread, and returns their outcomes. */
    static List<BookingOutcome> all(int count, Attempt attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<BookingOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<BookingOutcome> task = () -> {
                    start.await();
                    return attempt.run(n);
                };
                futures.add(threads.submit(task));
            }
            start.countDown();
            List<BookingOutcome> outcomes = new ArrayList<>();
            for (Future<BookingOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        }
    }
}

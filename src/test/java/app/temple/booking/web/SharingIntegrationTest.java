package app.temple.booking.web;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Accounts;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.SeriesOffers;
import app.temple.booking.internal.SharedItems;
import app.temple.booking.internal.Slot;
import app.temple.course.internal.Reflections;
import app.temple.privacy.AccessEntry;
import app.temple.privacy.AccessLog;
import app.temple.quiz.QuizTaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing with a practitioner, over real HTTP: nothing ticked by default; she sees exactly what was shared, each
 * look in the client's access log; unsharing takes it away at once; the choice survives a reschedule and is fixed
 * once the session starts; no other practitioner sees anything; the shares are in her export and go with her account,
 * and no table holds a reflection's words.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingIntegrationTest {

    private static final String SHARED_WORDS = "I notice my shoulders rise when I think of saying no";
    private static final String KEPT_WORDS = "This one stays between me and the page";

    @Autowired
    ApplicationContext application;
    @Autowired
    BookingService service;
    @Autowired
    SharedItems shared;
    @Autowired
    SeriesOffers seriesOffers;
    @Autowired
    Reflections reflections;
    @Autowired
    AccessLog accessLog;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private TestMembers members;
    private DeskFixtures fixtures;
    private DeskFixtures.Desk desk;
    private DeskFixtures.Desk otherDesk;

    @BeforeAll
    void twoPractitioners() {
        fixtures = DeskFixtures.of(application);
        members = fixtures.members();
        desk = fixtures.desk("Ada Share");
        otherDesk = fixtures.desk("Bea Share");
    }

    @Test
    void sheSharesWhatSheTicksAndThePractitionerSeesExactlyThatEachLookLogged() {
        String email = TestMembers.newAddress("sharer");
        Visitor her = members.signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        QuizTaker.takeAndKeep(her);
        UUID result = jdbc.sql("select id from quiz_result where member_id = ?").param(member).query(UUID.class).single();
        reflections.save(member, "foundation", "f1-1", SHARED_WORDS);
        reflections.save(member, "foundation", "f1-2", KEPT_WORDS);

        // beyond the 24-hour window, so that she may still move it below
        Slot slot = freeAfter(3, null);
        String form = "/sessions/practitioners/" + desk.practitioner().slug() + "/" + desk.type().slug();
        String confirm = her.get(form + "/confirm?start=" + slot.start() + "&zone=Europe/Stockholm").body();
        assertThat(confirm).contains("Share with her", "quiz-result:" + result, "reflection:foundation/f1-1",
                "reflection:foundation/f1-2").doesNotContain(" checked").doesNotContain(SHARED_WORDS);

        HttpResponse<String> booked = postForm(her, form + "/book", "start", slot.start().toString(),
                "zone", "Europe/Stockholm", "key", UUID.randomUUID().toString().replace("-", ""), "note", "",
                "share", "quiz-result:" + result, "share", "reflection:foundation/f1-1");
        assertThat(booked.statusCode()).isEqualTo(302);
        UUID booking = UUID.fromString(redirectPath(booked).replaceAll("^/account/bookings/([^?]+).*$", "$1"));
        assertThat(shared.sharedKeys(booking)).containsExactlyInAnyOrder("quiz-result:" + result, "reflection:foundation/f1-1");
        String mine = her.get("/account/bookings/" + booking).body();
        assertThat(mine).contains("What you share with her", "value=\"reflection:foundation/f1-1\" checked",
                "value=\"reflection:foundation/f1-2\">");
        assertThat(accessLog.of(member)).as("nobody has looked yet").isEmpty();

        String session = desk.visitor().get("/desk/sessions/" + booking).body();
        assertThat(session).contains(SHARED_WORDS, "Quiz result:", "Reflection:").doesNotContain(KEPT_WORDS);
        desk.visitor().get("/desk/sessions/" + booking);
        List<AccessEntry> log = accessLog.of(member);
        assertThat(log).as("two items, two looks").hasSize(4).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(desk.account());
            assertThat(entry.actorRole()).isEqualTo("practitioner");
        });
        assertThat(log).extracting(AccessEntry::what).containsOnly("privacyCentre.access.field.quiz.result",
                "privacyCentre.access.field.course.reflection");
        assertThat(her.get("/account/privacy").body()).contains("Your practitioner",
                "A saved quiz result you shared for a session", "A course reflection you shared for a session");

        // another practitioner, or another member, gets nothing
        assertThat(otherDesk.visitor().get("/desk/sessions/" + booking).statusCode()).isEqualTo(404);
        Visitor other = members.signedIn(TestMembers.newAddress("other"));
        other.get("/account/bookings");
        assertThat(postForm(other, "/account/bookings/" + booking + "/shared", "share", "reflection:foundation/f1-2")
                .statusCode()).isEqualTo(404);
        assertThat(accessLog.of(member)).hasSize(4);

        // she unshares the reflection: gone from the desk at once
        her.get("/account/bookings/" + booking);
        assertThat(redirectPath(postForm(her, "/account/bookings/" + booking + "/shared", "share", "quiz-result:" + result)))
                .isEqualTo("/account/bookings/" + booking + "?shared");
        String after = desk.visitor().get("/desk/sessions/" + booking).body();
        assertThat(after).contains("Quiz result:").doesNotContain(SHARED_WORDS, "Reflection:");

        // an item that is not hers changes nothing
        her.get("/account/bookings/" + booking);
        HttpResponse<String> foreign = postForm(her, "/account/bookings/" + booking + "/shared", "share",
                "quiz-result:" + UUID.randomUUID());
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("is not among yours");
        assertThat(shared.sharedKeys(booking)).containsExactly("quiz-result:" + result);

        // a reschedule keeps them
        Slot later = freeAfter(5, booking);
        assertThat(service.move(member, booking, later.start())).isInstanceOf(BookingOutcome.Done.class);
        assertThat(shared.sharedKeys(booking)).containsExactly("quiz-result:" + result);

        // in her export, and gone with her account
        TestMembers.confirmAgain(her);
        String export = her.get("/account/privacy/export").body();
        assertThat(export).contains("\"shared\"", "\"quiz-result\"", result.toString());
        accounts.erase(member);
        assertThat(jdbc.sql("select count(*) from booking_shared_item where booking_id = ?").param(booking)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSeriesOffersTheSameChoicesAndSharesThemForEachOfItsSessions() {
        DeskFixtures.Desk weekly = fixtures.desk("Cia Share");
        seriesOffers.offer(weekly.type().id(), 3);
        String email = TestMembers.newAddress("series-sharer");
        Visitor her = members.signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        reflections.save(member, "foundation", "f1-1", SHARED_WORDS);
        reflections.save(member, "foundation", "f1-2", KEPT_WORDS);
        java.time.Instant after = java.time.Instant.now().plus(java.time.Duration.ofDays(2));
        Slot first = service.freeSlots(weekly.practitioner(), weekly.type()).stream()
                .filter(free -> free.start().isAfter(after)).findFirst().orElseThrow();
        String series = "/sessions/practitioners/" + weekly.practitioner().slug() + "/" + weekly.type().slug() + "/series";

        String confirm = her.get(series + "?start=" + first.start() + "&zone=Europe/Stockholm").body();
        assertThat(confirm).contains("Share with her", "reflection:foundation/f1-1", "reflection:foundation/f1-2")
                .doesNotContain(" checked").doesNotContain(SHARED_WORDS);

        // an item that is not hers books nothing, and her form comes back as she left it
        HttpResponse<String> foreign = postForm(her, series, "start", first.start().toString(), "zone", "Europe/Stockholm",
                "key", "series-share-foreign-key", "share", "reflection:foundation/f1-1",
                "share", "quiz-result:" + UUID.randomUUID());
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("is not among yours", "value=\"reflection:foundation/f1-1\" checked");
        assertThat(jdbc.sql("select count(*) from booking_booking where member_id = ?").param(member)
                .query(Integer.class).single()).isZero();

        her.get(series + "?start=" + first.start() + "&zone=Europe/Stockholm");
        HttpResponse<String> booked = postForm(her, series, "start", first.start().toString(), "zone", "Europe/Stockholm",
                "key", "series-share-booking-key", "share", "reflection:foundation/f1-1");
        assertThat(redirectPath(booked)).isEqualTo("/account/bookings?series");
        List<UUID> sessions = jdbc.sql("select id from booking_booking where member_id = ? order by starts_at")
                .param(member).query(UUID.class).list();
        assertThat(sessions).hasSize(3);
        for (UUID session : sessions) {
            assertThat(shared.sharedKeys(session)).containsExactly("reflection:foundation/f1-1");
            assertThat(weekly.visitor().get("/desk/sessions/" + session).body()).contains(SHARED_WORDS)
                    .doesNotContain(KEPT_WORDS);
        }
        // each session's choice is its own afterwards
        her.get("/account/bookings/" + sessions.getFirst());
        postForm(her, "/account/bookings/" + sessions.getFirst() + "/shared");
        assertThat(shared.sharedKeys(sessions.getFirst())).isEmpty();
        assertThat(shared.sharedKeys(sessions.getLast())).containsExactly("reflection:foundation/f1-1");
    }

    @Test
    void onceTheSessionHasStartedWhatSheSharesIsFixed() {
        Client client = clientWithAReflection("fixed", "Fixed words", 8);
        Visitor her = client.visitor();
        Booking booking = client.booking();
        her.get("/account/bookings/" + booking.id());
        assertThat(redirectPath(postForm(her, "/account/bookings/" + booking.id() + "/shared", "share",
                "reflection:foundation/f1-1"))).endsWith("?shared");
        fixtures.shiftIntoThePast(booking.id(), 30);

        String page = her.get("/account/bookings/" + booking.id()).body();
        assertThat(page).contains("fixed now that the session has started").doesNotContain("/shared\"");
        HttpResponse<String> refused = postForm(her, "/account/bookings/" + booking.id() + "/shared");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("can no longer be changed");
        assertThat(shared.sharedKeys(booking.id())).containsExactly("reflection:foundation/f1-1");
        assertThat(desk.visitor().get("/desk/sessions/" + booking.id()).body()).contains("Fixed words");
    }

    @Test
    void nothingIsSharedUnlessSheTicksItAndNoTableHoldsAReflectionsWords() {
        String words = "Quiet words " + UUID.randomUUID();
        Client client = clientWithAReflection("quiet", words, 12);
        UUID member = client.id();
        Booking booking = client.booking();

        assertThat(shared.sharedKeys(booking.id())).isEmpty();
        assertThat(desk.visitor().get("/desk/sessions/" + booking.id()).body())
                .contains("has not shared anything").doesNotContain(words);
        assertThat(accessLog.of(member)).isEmpty();
        assertThat(tablesHolding(words)).as("a database dump holds none of her words").isEmpty();
    }

    /**
     * The shared hostile-input crawl signs in a member with nothing to share, so it never meets the boxes: here every
     * payload goes in {@code share}, on the confirm form and on her session page. Each is refused (400 or 422), no
     * answer echoes the script, nothing is booked or shared.
     */
    @Test
    void hostileChoicesAreRefusedAndChangeNothing() {
        Client client = clientWithAReflection("hostile-sharer", "Hers to share", 14);
        Visitor her = client.visitor();
        UUID member = client.id();
        Booking booking = client.booking();
        Slot slot = freeAfter(6, null);
        String form = "/sessions/practitioners/" + desk.practitioner().slug() + "/" + desk.type().slug();
        String script = "<script>alert(1)</script>";
        List<String> payloads = List.of(script, "x".repeat(20_000), "' or '1'='1", "../../etc/passwd", "reflection:",
                "reflection:foundation/f1-1/../f1-2", "quiz-result:not-an-id", "a\u0000b", "\uD83D\uDE00");
        List<String> wrong = new ArrayList<>();
        for (String payload : payloads) {
            her.get(form + "/confirm?start=" + slot.start() + "&zone=Europe/Stockholm");
            HttpResponse<String> book = postForm(her, form + "/book", "start", slot.start().toString(), "zone",
                    "Europe/Stockholm", "key", UUID.randomUUID().toString().replace("-", ""), "share", payload);
            her.get("/account/bookings/" + booking.id());
            HttpResponse<String> change = postForm(her, "/account/bookings/" + booking.id() + "/shared", "share", payload);
            for (HttpResponse<String> answer : List.of(book, change)) {
                if ((answer.statusCode() != 400 && answer.statusCode() != 422) || answer.body().contains(script)) {
                    wrong.add(answer.request().uri().getPath() + " " + payload.substring(0, Math.min(20, payload.length()))
                            + ": " + answer.statusCode());
                }
            }
        }
        assertThat(wrong).as("answers to hostile choices").isEmpty();
        assertThat(jdbc.sql("select count(*) from booking_booking where member_id = ?").param(member)
                .query(Integer.class).single()).as("nothing booked").isOne();
        assertThat(shared.sharedKeys(booking.id())).as("nothing shared").isEmpty();
    }

    private record Client(Visitor visitor, UUID id, Booking booking) {
    }

    /** A signed-in member with a reflection on the first lesson, who booked Ada's {@code nth} free time sharing nothing. */
    private Client clientWithAReflection(String prefix, String words, int nth) {
        String email = TestMembers.newAddress(prefix);
        Visitor her = members.signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        reflections.save(member, "foundation", "f1-1", words);
        return new Client(her, member, fixtures.book(member, desk.practitioner(), desk.type(), nth, null));
    }

    private Slot freeAfter(int days, UUID moving) {
        java.time.Instant from = java.time.Instant.now().plus(java.time.Duration.ofDays(days));
        return service.freeSlots(desk.practitioner(), desk.type(), moving).stream()
                .filter(free -> free.start().isAfter(from)).findFirst().orElseThrow();
    }

    /** Every table with a text or bytes column holding the words, as a dump of the database would show them. */
    private List<String> tablesHolding(String words) {
        record Column(String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'character varying', 'bytea', 'jsonb', 'json')""")
                .query((row, i) -> new Column(row.getString(1), row.getString(2), row.getString(3))).list();
        List<String> holding = new ArrayList<>();
        for (Column column : columns) {
            String condition = column.type().equals("bytea")
                    ? "position(convert_to(?, 'UTF8') in \"" + column.column() + "\") > 0"
                    : "\"" + column.column() + "\"::text like '%' || ? || '%'";
            int rows = jdbc.sql("select count(*) from \"" + column.table() + "\" where " + condition).param(words)
                    .query(Integer.class).single();
            if (rows > 0) {
                holding.add(column.table() + "." + column.column());
            }
        }
        return holding;
    }

    /** A form post that may repeat a name, as ticked checkboxes do; with the token of the last page read. */
    private static HttpResponse<String> postForm(Visitor visitor, String path, String... fields) {
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + URLEncoder.encode(visitor.csrfToken(), StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return visitor.send("POST", path, "application/x-www-form-urlencoded",
                pairs.stream().collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8));
    }
}

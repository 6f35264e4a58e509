package app.temple.booking;

import app.temple.PersonalRows;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Accounts;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * She books through the pages (no script), gets her letter with an invitation, moves and cancels; the practitioner
 * gets hers; the rules of the cancellation window, of past sessions and of other members' sessions hold; her note
 * is sealed, in her export, and gone with her account.
 */
@TempleIntegrationTest
class BookingJourneyIntegrationTest {

    private static final String BOOK_FORM = "form[action$=/book]";
    private static final Pattern BOOKING = Pattern.compile("^/account/bookings/([0-9a-f-]{36})\\?booked$");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService bookings;
    @Autowired
    Accounts accounts;

    @Test
    void sheBooksMovesAndCancelsWithAnInvitationEachTimeAndThePractitionerIsTold() {
        TestMembers members = new TestMembers(port, outbox);
        String slug = BookingFixtures.practitioner(practitioners, "journey", 10, 10);
        String practitionerEmail = TestMembers.newAddress("holder");
        members.confirmed(practitionerEmail);
        practitioners.linkAccount(BookingFixtures.find(practitioners, slug).id(), TestMembers.idOf(jdbc, practitionerEmail));
        String email = TestMembers.newAddress("booker");
        Visitor her = members.signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        String note = "Please begin slowly " + UUID.randomUUID();

        String week = her.get("/sessions/practitioners/" + slug + "/long?zone=America/New_York").body();
        assertThat(week).contains("Times are shown in America/New_York.");
        List<String> times = Jsoup.parse(week).select("a.slot").eachAttr("href");
        assertThat(times).hasSizeGreaterThan(60);
        String confirmPage = her.get(times.get(60)).body(); // more than a day ahead: outside the 24-hour window
        assertThat(confirmPage).contains("Confirm your session", "(America/New_York)", "950.00 SEK");
        Map<String, String> form = fields(confirmPage, BOOK_FORM);
        Instant start = Instant.parse(form.get("start"));
        String action = Jsoup.parse(confirmPage).selectFirst(BOOK_FORM).attr("action");

        HttpResponse<String> booked = her.post(action, "start", form.get("start"), "zone", form.get("zone"),
                "key", form.get("key"), "note", note);
        Matcher path = BOOKING.matcher(redirectPath(booked));
        assertThat(path.matches()).as(redirectPath(booked)).isTrue();
        UUID booking = UUID.fromString(path.group(1));
        HttpResponse<String> again = her.post(action, "start", form.get("start"), "zone", form.get("zone"),
                "key", form.get("key"), "note", note);
        assertThat(redirectPath(again)).as("the same form sent again shows the same booking").isEqualTo(redirectPath(booked));
        assertThat(jdbc.sql("select count(*) from booking_booking where member_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1);

        String page = her.get(BookingJourneyIntegrationTest.path(booking) + "?booked").body();
        assertThat(page).contains("Your session is booked", note, "/video/", "America/New_York");
        byte[] sealed = jdbc.sql("select note_sealed from booking_booking where id = ?").param(booking).query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).as("a dump holds none of her note").doesNotContain("begin slowly");

        WrittenLetter confirmation = members.letters().latest(email, LetterKind.APPOINTMENT_CONFIRMED).orElseThrow();
        Invites invite = Invites.of(confirmation);
        String uid = jdbc.sql("select ical_uid from booking_booking where id = ?").param(booking).query(String.class).single();
        assertThat(invite).isEqualTo(new Invites("REQUEST", uid, 0, start, start.plus(Duration.ofMinutes(50)), "CONFIRMED",
                invite.location()));
        assertThat(invite.location()).contains("/video/").isEqualTo(roomOn(page));
        assertThat(confirmation.text()).contains("(America/New_York)", invite.location()).doesNotContain("Test journey", note);
        for (WrittenLetter letter : List.of(confirmation, members.letters().latest(practitionerEmail, LetterKind.APPOINTMENT_WITH_YOU)
                .orElseThrow())) {
            assertThat((letter.subject() + "\n" + letter.text() + "\n" + letter.attachment().text()).toLowerCase(java.util.Locale.ROOT))
                    .as("discreet, links and calendar file included").doesNotContain("session", "booking", "practitioner", "therap",
                            "temple", "coach");
        }
        WrittenLetter toHer = members.letters().latest(practitionerEmail, LetterKind.APPOINTMENT_WITH_YOU).orElseThrow();
        assertThat(toHer.text()).contains("(UTC)", "It was just made.").doesNotContain(note, "Robin");
        assertThat(Invites.of(toHer).uid()).isEqualTo(uid);

        // she moves it
        String moveWeek = her.get(path(booking) + "/move").body();
        List<String> others = Jsoup.parse(moveWeek).select("a.slot").eachAttr("href");
        String moveConfirm = her.get(others.get(80)).body(); // again outside the window, so she can still cancel
        Instant newStart = Instant.parse(fields(moveConfirm, "form[action$=/move]").get("start"));
        assertThat(redirectPath(her.post(path(booking) + "/move", "start", newStart.toString()))).isEqualTo(path(booking) + "?moved");
        Invites moved = Invites.of(members.letters().latest(email, LetterKind.APPOINTMENT_MOVED).orElseThrow());
        assertThat(moved).isEqualTo(new Invites("REQUEST", uid, 1, newStart, newStart.plus(Duration.ofMinutes(50)), "CONFIRMED",
                invite.location()));
        assertThat(her.get(path(booking)).body()).as("the video room survives the move").contains(invite.location());

        // and cancels it
        assertThat(redirectPath(her.post(path(booking) + "/cancel", "reason", "Something came up")))
                .isEqualTo(path(booking) + "?cancelled");
        Invites cancelled = Invites.of(members.letters().latest(email, LetterKind.APPOINTMENT_CANCELLED).orElseThrow());
        assertThat(cancelled.method()).isEqualTo("CANCEL");
        assertThat(cancelled.uid()).isEqualTo(uid);
        assertThat(cancelled.sequence()).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(members.letters().latest(practitionerEmail, LetterKind.APPOINTMENT_WITH_YOU).orElseThrow().text())
                .contains("It was cancelled.");
        assertThat(jdbc.sql("select status from booking_booking where id = ?").param(booking).query(String.class).single())
                .isEqualTo("cancelled");
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        assertThat(bookings.freeSlots(practitioner, type)).as("its time is free again").extracting(Slot::start).contains(newStart);
        assertThat(her.get("/account/bookings").body()).contains("Past and cancelled", "Cancelled");

        // hers alone, in her export, gone with her account
        Visitor other = members.signedIn(TestMembers.newAddress("other"));
        assertThat(other.get(path(booking)).statusCode()).isEqualTo(404);
        assertThat(other.get(path(booking) + "/move").statusCode()).isEqualTo(404);
        other.get("/account/bookings");
        assertThat(other.post(path(booking) + "/cancel", "reason", "x").statusCode()).isEqualTo(404);
        TestMembers.confirmAgain(her);
        assertThat(her.get("/account/privacy/export").body()).contains("\"sessions\"", note, "Something came up");
        accounts.erase(id);
        assertThat(PersonalRows.mentioning(jdbc, id, email)).as("rows left after erasure").isEmpty();
    }

    @Test
    void insideTheWindowSheCannotChangeItAndIsToldHowToReachThePractitioner() {
        Member member = member("late");
        Visitor her = member.visitor();
        UUID id = member.id();
        String slug = BookingFixtures.practitioner(practitioners, "window", 0, 0);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.SHORT);
        Slot soon = bookings.freeSlots(BookingFixtures.find(practitioners, slug), type).getFirst();
        UUID booking = ((BookingOutcome.Done) bookings.book(BookingConcurrencyIntegrationTest.request(id, type, soon))).booking().id();

        String page = her.get(path(booking)).body();
        assertThat(page).contains("It starts in less than 2 hours", "tell her in the video room").doesNotContain("Cancel this session");
        assertThat(her.post(path(booking) + "/cancel", "reason", "late").statusCode()).isEqualTo(409);
        assertThat(her.post(path(booking) + "/move", "start", soon.start().plus(Duration.ofHours(5)).toString()).statusCode())
                .isEqualTo(409);
        assertThat(redirectPath(her.get(path(booking) + "/move"))).isEqualTo(path(booking));
        assertThat(jdbc.sql("select status from booking_booking where id = ?").param(booking).query(String.class).single())
                .isEqualTo("confirmed");
    }

    @Test
    void aPastSessionCannotBeMoved() {
        Member member = member("past");
        Visitor her = member.visitor();
        UUID id = member.id();
        String slug = BookingFixtures.practitioner(practitioners, "past", 0, 0);
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        UUID booking = UUID.randomUUID();
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        jdbc.sql("""
                insert into booking_booking (id, practitioner_id, session_type_id, member_id, starts_at, ends_at, blocked_from,
                    blocked_until, status, ical_uid, video_token, idempotency_key, member_zone, language, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'confirmed', ?, ?, 'past-key-0000000000', 'Europe/Stockholm', 'en', now(), now())
                """).params(booking, practitioner.id(), type.id(), id, Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(50))), Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofMinutes(50))), UUID.randomUUID().toString(), "past-room-token").update();
        Slot later = bookings.freeSlots(practitioner, type).get(60);

        assertThat(her.get(path(booking)).body()).contains("has begun or is over");
        assertThat(her.get("/account/bookings").body()).contains("Past and cancelled");
        assertThat(her.post(path(booking) + "/move", "start", later.start().toString()).statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select starts_at from booking_booking where id = ?").param(booking).query(Timestamp.class).single()
                .toInstant()).isEqualTo(start);
    }

    @Test
    void twoMembersSendingTheLastFormAtOnceOneGetsItTheOtherIsToldItWasJustTaken() {
        TestMembers members = new TestMembers(port, outbox);
        String slug = BookingFixtures.practitioner(practitioners, "http-race", 0, 0);
        List<Visitor> two = List.of(members.signedIn(TestMembers.newAddress("first")), members.signedIn(TestMembers.newAddress("second")));
        List<String[]> posts = new ArrayList<>();
        String slotLink = null;
        for (Visitor member : two) {
            String week = member.get("/sessions/practitioners/" + slug + "/short").body();
            slotLink = slotLink == null ? Jsoup.parse(week).select("a.slot").eachAttr("href").get(8) : slotLink;
            String confirm = member.get(slotLink).body();
            Map<String, String> form = fields(confirm, BOOK_FORM);
            posts.add(new String[] {Jsoup.parse(confirm).selectFirst(BOOK_FORM).attr("action"),
                    form.get("start"), form.get("zone"), form.get("key")});
        }

        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Visitor member = two.get(i);
            String[] post = posts.get(i);
            sent.add(CompletableFuture.supplyAsync(() -> member.post(post[0], "start", post[1], "zone", post[2], "key", post[3])));
        }
        List<Integer> statuses = sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();

        assertThat(statuses).containsExactly(302, 409);
        HttpResponse<String> lost = sent.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(lost.body()).contains("That time was just taken");
        assertThat(Jsoup.parse(lost.body()).select("a.slot")).as("the nearest free times instead").isNotEmpty();
        assertThat(jdbc.sql("select count(*) from booking_booking where practitioner_id = ?")
                .param(BookingFixtures.find(practitioners, slug).id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNoteTooLongComesBackWithItsTextAndBooksNothing() {
        TestMembers members = new TestMembers(port, outbox);
        String email = TestMembers.newAddress("long-note");
        Visitor her = members.signedIn(email);
        String slug = BookingFixtures.practitioner(practitioners, "long-note", 0, 0);
        String week = her.get("/sessions/practitioners/" + slug + "/short").body();
        String confirm = her.get(Jsoup.parse(week).select("a.slot").eachAttr("href").get(3)).body();
        Map<String, String> form = fields(confirm, BOOK_FORM);
        String action = Jsoup.parse(confirm).selectFirst(BOOK_FORM).attr("action");
        String note = "n".repeat(1001);

        HttpResponse<String> refused = her.post(action, "start", form.get("start"), "zone", form.get("zone"), "key", form.get("key"),
                "note", note);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("at most 1000 characters", note);
        assertThat(jdbc.sql("select count(*) from booking_booking where member_id = ?").param(TestMembers.idOf(jdbc, email))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void thePublicPagesLeadFromWhoHelpsToATime() {
        Visitor visitor = new Visitor(port);
        assertThat(visitor.get("/sessions").body()).contains("Who helps with what", "/sessions/trauma-informed-therapy",
                "/sessions/embodiment-teaching", "/sessions/mindset-coaching", "fictional examples");
        assertThat(visitor.get("/sessions/trauma-informed-therapy").body()).contains("Maja Lind", "Fictional");
        assertThat(redirectPath(visitor.get("/sessions/couples-therapy"))).isEqualTo("/sessions#who-helps");
        assertThat(redirectPath(visitor.get("/sessions/sex-therapy"))).isEqualTo("/sessions#who-helps");
        assertThat(visitor.get("/sessions/no-such-kind").statusCode()).isEqualTo(404);
        String profile = visitor.get("/sessions/practitioners/aiko-morita").body();
        assertThat(profile).contains("Aiko Morita", "fictional example profile", "Asia/Tokyo", "6,000 JPY", "Price arranged with us",
                "data-zone", "/js/zone");
        assertThat(new Visitor(port).get("/sessions/practitioners/aiko-morita?lang=sv").body())
                .contains("påhittad exempelprofil", "Kort avstämning");
        String week = visitor.get("/sessions/practitioners/harper-quinn/embodiment-session?zone=Asia/Tokyo").body();
        assertThat(week).contains("Times are shown in Asia/Tokyo.", "To book a time you need an account");
        List<String> times = Jsoup.parse(week).select("a.slot").eachAttr("href");
        // a visitor's time signs her in first and then comes back to confirm it (SignInReturnIntegrationTest)
        assertThat(times).isNotEmpty().allMatch(href -> href.startsWith("/sign-in?next=%2Fsessions%2F")
                && java.net.URLDecoder.decode(href, java.nio.charset.StandardCharsets.UTF_8).contains("zone=Asia/Tokyo"));
        String confirm = java.net.URLDecoder.decode(times.getFirst().substring("/sign-in?next=".length()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(redirectPath(visitor.get(confirm))).as("confirming needs an account").isEqualTo("/sign-in");
        assertThat(visitor.get("/sessions/practitioners/harper-quinn/embodiment-session?zone=Not/AZone&from=99999-01-01")
                .body()).as("a zone that is not one shows Stockholm time").contains("Times are shown in Europe/Stockholm.");
    }

    /** A signed-in member, her browser and her id. */
    private record Member(Visitor visitor, UUID id) {
    }

    private Member member(String prefix) {
        String email = TestMembers.newAddress(prefix);
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        return new Member(visitor, TestMembers.idOf(jdbc, email));
    }

    private static String path(UUID booking) {
        return "/account/bookings/" + booking;
    }

    private static String roomOn(String page) {
        Element room = Jsoup.parse(page).selectFirst("a[href*=/video/]");
        assertThat(room).isNotNull();
        return room.attr("href");
    }

    private static Map<String, String> fields(String html, String selector) {
        Element form = Jsoup.parse(html).selectFirst(selector);
        assertThat(form).as("a form " + selector).isNotNull();
        Map<String, String> fields = new java.util.HashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return fields;
    }
}

package app.temple.booking.web;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Accounts;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.Bookings;
import app.temple.booking.internal.DeskNotes;
import app.temple.mail.LetterKind;
import app.temple.privacy.AccessEntry;
import app.temple.privacy.AccessLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practitioner's desk over real HTTP: her own sessions in her zone, what the client wrote (each view in the
 * client's access log), her sealed notes, no-show and cancellation, and that another practitioner's session is a 404.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskIntegrationTest {

    @Autowired
    ApplicationContext application;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Bookings bookings;
    @Autowired
    DeskNotes notes;
    @Autowired
    AccessLog accessLog;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private DeskFixtures fixtures;
    private TestMembers members;
    private DeskFixtures.Desk desk;
    private DeskFixtures.Desk otherDesk;

    @BeforeAll
    void twoPractitioners() {
        fixtures = DeskFixtures.of(application);
        members = fixtures.members();
        desk = fixtures.desk("Ada Desk");
        otherDesk = fixtures.desk("Bea Desk");
    }

    @Test
    void herSessionsAreListedInHerZoneAndTheClientsNoteIsLoggedWhenRead() {
        String email = TestMembers.newAddress("client");
        Visitor client = members.signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        Booking booking = fixtures.book(member, desk.practitioner(), desk.type(), 0, "Please start gently");

        String list = desk.visitor().get("/desk").body();
        assertThat(list).contains("Ada Desk", "Europe/Stockholm", "Robin", "/desk/sessions/" + booking.id(),
                Times.of(booking.slot(), DeskFixtures.STOCKHOLM, java.util.Locale.ENGLISH), "wrote you a note");
        assertThat(list).as("the list does not open the note").doesNotContain("Please start gently");
        assertThat(accessLog.of(member)).as("nothing read yet").isEmpty();

        HttpResponse<String> page = desk.visitor().get("/desk/sessions/" + booking.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Please start gently", "Robin");
        desk.visitor().get("/desk/sessions/" + booking.id());

        List<AccessEntry> log = accessLog.of(member);
        assertThat(log).as("each view is a read in her log").hasSize(2);
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(desk.account());
            assertThat(entry.actorRole()).isEqualTo("practitioner");
        });
        assertThat(client.get("/account/privacy").body()).contains("Your practitioner", "The note you wrote for your session");
    }

    @Test
    void anotherPractitionersSessionIsNotFoundAndUntouched() {
        UUID member = newMember();
        Booking booking = fixtures.book(member, desk.practitioner(), desk.type(), 1, "Only for Ada");
        Visitor other = otherDesk.visitor();

        assertThat(other.get("/desk/sessions/" + booking.id()).statusCode()).isEqualTo(404);
        other.get("/desk");
        assertThat(other.post("/desk/sessions/" + booking.id() + "/cancel", "reason", "x").statusCode()).isEqualTo(404);
        assertThat(other.post("/desk/sessions/" + booking.id() + "/no-show").statusCode()).isEqualTo(404);
        assertThat(other.post("/desk/sessions/" + booking.id() + "/note", "note", "mine now").statusCode()).isEqualTo(404);
        assertThat(other.get("/desk").body()).doesNotContain(booking.id().toString());
        assertThat(other.get("/desk/sessions/not-an-id").statusCode()).isEqualTo(404);

        assertThat(bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(accessLog.of(member)).as("nobody read her note").isEmpty();
        assertThat(jdbc.sql("select count(*) from booking_session_note where booking_id = ?").param(booking.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void herPrivateNoteIsSealedShownToHerAloneExportedAndErasedWithTheClient() {
        String email = TestMembers.newAddress("noted");
        Visitor client = members.signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        Booking booking = fixtures.book(member, desk.practitioner(), desk.type(), 2, null);
        String path = "/desk/sessions/" + booking.id();

        desk.visitor().get(path);
        assertThat(redirectPath(desk.visitor().post(path + "/note", "note", "Breathing work helped a lot")))
                .isEqualTo(path + "?done=note");

        assertThat(desk.visitor().get(path + "?done=note").body()).contains("Breathing work helped a lot", "Your note is saved.");
        byte[] stored = jdbc.sql("select note_sealed from booking_session_note where booking_id = ?").param(booking.id())
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Breathing");
        assertThat(otherDesk.visitor().get(path).statusCode()).isEqualTo(404);
        assertThat(client.get("/account/bookings/" + booking.id()).body()).doesNotContain("Breathing work");
        assertThat(accessLog.of(member)).as("her own note read back is not a read of the client's data").isEmpty();
        assertThat(notes.exportFor(member).toString()).contains("Breathing work helped a lot", "Ada Desk");

        desk.visitor().get(path);
        HttpResponse<String> tooLong = desk.visitor().post(path + "/note", "note", "k".repeat(DeskNotes.MAXIMUM + 1));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("too long", "k".repeat(200));
        assertThat(notes.read(booking)).contains("Breathing work helped a lot");

        accounts.erase(member);
        assertThat(jdbc.sql("select count(*) from booking_session_note where member_id = ?").param(member)
                .query(Integer.class).single()).isZero();
        assertThat(app.temple.PersonalRows.mentioning(jdbc, member, email)).as("no row mentions her").isEmpty();
    }

    @Test
    void aPastSessionCanBeMarkedMissedOnceAndAnUpcomingOneCannot() {
        UUID member = newMember();
        Booking booking = fixtures.book(member, desk.practitioner(), desk.type(), 3, null);
        String path = "/desk/sessions/" + booking.id();

        desk.visitor().get(path);
        HttpResponse<String> early = desk.visitor().post(path + "/no-show");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("only after it has ended");

        fixtures.shiftIntoThePast(booking.id(), 45);
        assertThat(desk.visitor().get(path).body()).contains("Mark as missed");
        assertThat(redirectPath(desk.visitor().post(path + "/no-show"))).isEqualTo(path + "?done=no-show");
        assertThat(bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(desk.visitor().get("/desk").body()).contains("Missed");
        assertThat(desk.visitor().post(path + "/no-show").statusCode()).isEqualTo(409);
    }

    @Test
    void sheCancelsWithAReasonAndTheClientGetsTheLetter() {
        String email = TestMembers.newAddress("cancelled");
        members.signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        Booking booking = fixtures.book(member, desk.practitioner(), desk.type(), 4, null);
        String path = "/desk/sessions/" + booking.id();

        desk.visitor().get(path);
        HttpResponse<String> tooLong = desk.visitor().post(path + "/cancel", "reason", "r".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("r".repeat(501));
        assertThat(bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);

        assertThat(redirectPath(desk.visitor().post(path + "/cancel", "reason", "I am ill, sorry")))
                .isEqualTo(path + "?done=cancelled");
        assertThat(bookings.byId(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(jdbc.sql("select cancelled_by from booking_booking where id = ?").param(booking.id())
                .query(String.class).single()).isEqualTo("practitioner");
        assertThat(members.letters().latest(email, LetterKind.APPOINTMENT_CANCELLED)).isPresent();
        assertThat(desk.visitor().post(path + "/cancel", "reason", "again").statusCode()).isEqualTo(409);
    }

    @Test
    void aPractitionerAccountWithoutAProfileIsToldWhy() {
        Visitor unlinked = members.staff(TestMembers.newAddress("unlinked"), app.temple.account.Role.PRACTITIONER, invitations);
        HttpResponse<String> page = unlinked.get("/desk");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No practitioner profile is linked to your account yet");
        assertThat(unlinked.get("/desk/availability").statusCode()).isEqualTo(404);
    }

    private UUID newMember() {
        String email = TestMembers.newAddress("client");
        members.signedIn(email);
        return TestMembers.idOf(jdbc, email);
    }
}

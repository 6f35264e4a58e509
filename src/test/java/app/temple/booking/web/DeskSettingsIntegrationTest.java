package app.temple.booking.web;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a practitioner sets at her desk, and what an admin sets about her, over real HTTP: hours and overrides that
 * change the free slots at once, refused forms that keep her input, her profile and session types, the calendar feed,
 * and linking and deactivating practitioners.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSettingsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private DeskFixtures fixtures;
    private TestMembers members;

    @BeforeAll
    void fixtures() {
        fixtures = DeskFixtures.of(application);
        members = fixtures.members();
    }

    @Test
    void hoursAndADayOffChangeTheFreeSlotsAtOnce() {
        DeskFixtures.Desk desk = fixtures.desk("Hours Desk");
        LocalDate dayOff = LocalDate.now(clock.withZone(DeskFixtures.STOCKHOLM)).plusDays(3);
        LocalDate extra = dayOff.plusDays(1);
        Visitor she = desk.visitor();
        assertThat(she.get("/desk/availability").body()).contains("08:00-20:00", "Europe/Stockholm");

        HttpResponse<String> saved = she.post("/desk/availability", "zone", "America/New_York",
                "day1", "09:00-12:00, 13:00-17:00", "day2", "09:00-12:00, 13:00-17:00", "day3", "09:00-12:00, 13:00-17:00",
                "day4", "09:00-12:00, 13:00-17:00", "day5", "09:00-12:00, 13:00-17:00", "day6", "", "day7", "",
                "overrides", dayOff + " off\n" + extra + " 18:00-19:00", "bufferBefore", "10", "bufferAfter", "5",
                "notice", "0", "horizon", "60", "step", "30");
        assertThat(redirectPath(saved)).isEqualTo("/desk/availability?saved");

        Practitioner now = practitioners.byId(desk.practitioner().id()).orElseThrow();
        assertThat(now.zone().getId()).isEqualTo("America/New_York");
        assertThat(now.rules().step().toMinutes()).isEqualTo(30);
        List<Slot> free = service.freeSlots(now, desk.type());
        assertThat(free).isNotEmpty();
        assertThat(free).as("no slot on her day off").noneMatch(slot -> localDay(slot, now).equals(dayOff));
        assertThat(free).as("the extra hours replace the day's").filteredOn(slot -> localDay(slot, now).equals(extra))
                .extracting(slot -> slot.start().atZone(now.zone()).toLocalTime()).containsExactly(LocalTime.of(18, 0));
        assertThat(free).as("no weekend hours").noneMatch(slot -> {
            DayOfWeek day = slot.start().atZone(now.zone()).getDayOfWeek();
            return (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) && !localDay(slot, now).equals(extra);
        });
        assertThat(free).as("nothing in her lunch break").noneMatch(slot -> {
            LocalTime start = slot.start().atZone(now.zone()).toLocalTime();
            return !start.isBefore(LocalTime.of(12, 0)) && start.isBefore(LocalTime.of(13, 0));
        });
        String page = she.get("/desk/availability?saved").body();
        assertThat(page).contains("Your hours are saved", "09:00-12:00, 13:00-17:00", dayOff + " off", extra + " 18:00-19:00");
        assertThat(new Visitor(port).get(now.path() + "/" + desk.type().slug() + "?zone=America/New_York").body())
                .as("the member's slot page").contains("09:00").doesNotContain("12:30");
    }

    @Test
    void wrongHoursAreRefusedWithTheirReasonAndHerInputKept() {
        DeskFixtures.Desk desk = fixtures.desk("Careful Desk");
        Visitor she = desk.visitor();
        she.get("/desk/availability");
        HttpResponse<String> refused = she.post("/desk/availability", "zone", "Mars/Olympus",
                "day1", "09:00-12:00, 11:00-14:00", "day2", "17:00-09:00", "day3", "nine to five", "day4", "", "day5", "",
                "day6", "", "day7", "", "overrides", "2027-02-30 off", "bufferBefore", "-5", "bufferAfter", "999",
                "notice", "x", "horizon", "0", "step", "1");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Some fields need a change", "Choose a time zone",
                "Two stretches of hours overlap", "Write hours like", "Write one date a line",
                "from 0 to 240", "from 1 to 366", "from 5 to 240", "09:00-12:00, 11:00-14:00", "17:00-09:00",
                "nine to five", "2027-02-30 off", "aria-invalid=\"true\"");
        assertThat(practitioners.byId(desk.practitioner().id()).orElseThrow().zone()).isEqualTo(DeskFixtures.STOCKHOLM);
        assertThat(service.freeSlots(desk.practitioner(), desk.type())).as("nothing changed").isNotEmpty();

        HttpResponse<String> twice = she.post("/desk/availability", "zone", "Europe/Stockholm", "day1", "09:00-10:00",
                "overrides", "2027-03-01 off\n2027-03-01 09:00-10:00", "bufferBefore", "0", "bufferAfter", "0",
                "notice", "0", "horizon", "30", "step", "60");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("A date appears twice");
    }

    @Test
    void herProfileAndSessionTypesAreSavedAndShownToMembers() {
        DeskFixtures.Desk desk = fixtures.desk("Profile Desk");
        Visitor she = desk.visitor();
        she.get("/desk/profile");
        assertThat(redirectPath(she.post("/desk/profile", "bioEn", "I listen first.", "bioSv", "Jag lyssnar först.",
                "approachEn", "Slow and kind.", "approachSv", "Långsamt och vänligt.", "credentialsEn", "Licensed.",
                "credentialsSv", "Legitimerad.", "languages", "sv, EN, sv"))).isEqualTo("/desk/profile?saved");
        Practitioner saved = practitioners.byId(desk.practitioner().id()).orElseThrow();
        assertThat(saved.profile().bio().sv()).isEqualTo("Jag lyssnar först.");
        assertThat(saved.languages()).containsExactly("sv", "en");
        assertThat(new Visitor(port).get(saved.path()).body()).contains("I listen first.");

        HttpResponse<String> empty = she.post("/desk/profile", "bioEn", "", "bioSv", "x", "approachEn", "x",
                "approachSv", "x", "credentialsEn", "x", "credentialsSv", "x", "languages", "english!");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Write this text", "Write one or more language codes", "english!");

        she.get("/desk/profile");
        assertThat(redirectPath(she.post("/desk/profile/session-types", "type", "new", "nameEn", "Long talk",
                "nameSv", "Långt samtal", "minutes", "90", "price", "1200", "currency", "SEK", "window", "48")))
                .isEqualTo("/desk/profile?saved");
        SessionType added = practitioners.sessionTypes(saved.id()).stream().filter(t -> t.name().en().equals("Long talk"))
                .findFirst().orElseThrow();
        assertThat(added.length().toMinutes()).isEqualTo(90);
        assertThat(added.price()).hasToString("Fixed[minor=120000, currency=SEK]");
        assertThat(added.cancellationWindow().toHours()).isEqualTo(48);

        she.get("/desk/profile");
        assertThat(redirectPath(she.post("/desk/profile/session-types", "type", desk.type().id().toString(),
                "nameEn", "Talk", "nameSv", "Samtal", "minutes", "50", "price", "", "currency", "", "window", "24")))
                .as("without 'offered', the type is no longer offered").isEqualTo("/desk/profile?saved");
        assertThat(practitioners.sessionTypes(saved.id())).extracting(t -> t.name().en()).containsExactly("Long talk");

        HttpResponse<String> refused = she.post("/desk/profile/session-types", "type", "new", "nameEn", "Tiny",
                "nameSv", "Liten", "minutes", "5", "price", "12.345", "currency", "kronor", "window", "9999");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("from 10 to 480", "such as 950", "three-letter currency", "from 0 to 720", "kronor");
        assertThat(she.post("/desk/profile/session-types", "type", UUID.randomUUID().toString(), "nameEn", "A",
                "nameSv", "B", "minutes", "50", "window", "1").statusCode()).isEqualTo(404);
    }

    @Test
    void theCalendarFeedShowsTimesOnlyAndARevokedOrOldSecretIsNotFound() throws Exception {
        DeskFixtures.Desk desk = fixtures.desk("Feed Desk");
        String email = TestMembers.newAddress("feed-client");
        members.signedIn(email);
        Booking booking = fixtures.book(TestMembers.idOf(jdbc, email), desk.practitioner(), desk.type(), 0, "Secret words");
        Visitor she = desk.visitor();
        assertThat(she.get("/desk/calendar").body()).contains("You have no calendar feed.");

        String first = feedAddress(she.post("/desk/calendar/renew"));
        assertThat(jdbc.sql("select secret_hash from booking_calendar_feed where practitioner_id = ?")
                .param(desk.practitioner().id()).query(String.class).single()).doesNotContain(secret(first));
        HttpResponse<String> feed = new Visitor(port).get(first);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).doesNotContain("Robin", "Secret words", "Talk", email, "Feed Desk");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(java.time.Instant.from(events.getFirst().getDateTimeStart().getDate()))
                .isEqualTo(booking.slot().start());

        String second = feedAddress(she.post("/desk/calendar/renew"));
        assertThat(new Visitor(port).get(first).statusCode()).as("the old address").isEqualTo(404);
        assertThat(new Visitor(port).get(second).statusCode()).isEqualTo(200);
        assertThat(she.get("/desk/calendar/revoke").body()).as("turning it off asks first")
                .contains("Turn the feed off?", "action=\"/desk/calendar/revoke\"");
        assertThat(new Visitor(port).get(second).statusCode()).as("asking turned nothing off").isEqualTo(200);
        assertThat(redirectPath(she.post("/desk/calendar/revoke"))).isEqualTo("/desk/calendar?revoked");
        assertThat(new Visitor(port).get(second).statusCode()).as("revoked").isEqualTo(404);
        assertThat(new Visitor(port).get("/desk/calendar/nope.ics").statusCode()).isEqualTo(404);

        String third = feedAddress(she.post("/desk/calendar/renew"));
        assertThat(new Visitor(port).get(third).statusCode()).isEqualTo(200);
        invitations.revoke(desk.account(), app.temple.account.Role.PRACTITIONER);
        assertThat(new Visitor(port).get(third).statusCode()).as("her practitioner role was revoked").isEqualTo(404);
    }

    @Test
    void anAdminLinksAnAccountAndDeactivatesAPractitionerWhoseBookingsStay() {
        Visitor admin = members.staff(TestMembers.newAddress("admin"), app.temple.account.Role.ADMIN, invitations);
        Practitioner profile = fixtures.profile("Linked Later");
        String memberEmail = TestMembers.newAddress("plain");
        Visitor member = members.signedIn(memberEmail);
        String practitionerEmail = TestMembers.newAddress("to-link");
        Visitor practitioner = members.staff(practitionerEmail, app.temple.account.Role.PRACTITIONER, invitations);
        String base = "/admin/practitioners/" + profile.id();

        assertThat(admin.get("/admin/practitioners").body()).contains("Linked Later", "No account linked");
        HttpResponse<String> notStaff = admin.post(base + "/link", "email", memberEmail);
        assertThat(notStaff.statusCode()).isEqualTo(422);
        assertThat(notStaff.body()).contains("not a practitioner", memberEmail);
        assertThat(admin.post(base + "/link", "email", "nobody@example.com").body()).contains("No account has this email");

        String earlierEmail = TestMembers.newAddress("earlier");
        Visitor earlier = members.staff(earlierEmail, app.temple.account.Role.PRACTITIONER, invitations);
        assertThat(redirectPath(admin.post(base + "/link", "email", earlierEmail))).isEqualTo("/admin/practitioners?done=linked");
        earlier.get("/desk/calendar");
        String earlierFeed = feedAddress(earlier.post("/desk/calendar/renew"));
        assertThat(new Visitor(port).get(earlierFeed).statusCode()).isEqualTo(200);

        admin.get("/admin/practitioners");
        assertThat(redirectPath(admin.post(base + "/link", "email", practitionerEmail))).isEqualTo("/admin/practitioners?done=linked");
        assertThat(new Visitor(port).get(earlierFeed).statusCode()).as("the feed of the account linked before ends").isEqualTo(404);
        assertThat(earlier.get("/desk").body()).contains("No practitioner profile is linked");
        assertThat(practitioner.get("/desk").body()).contains("Linked Later");
        Practitioner other = fixtures.profile("Second Profile");
        admin.get("/admin/practitioners");
        assertThat(admin.post("/admin/practitioners/" + other.id() + "/link", "email", practitionerEmail).body())
                .contains("already linked to another practitioner");

        UUID client = TestMembers.idOf(jdbc, memberEmail);
        SessionType type = practitioners.sessionTypes(profile.id()).getFirst();
        Booking kept = fixtures.book(client, profile, type, 0, null);
        admin.get("/admin/practitioners");
        assertThat(redirectPath(admin.post(base + "/active", "active", "no"))).isEqualTo("/admin/practitioners?done=active");
        assertThat(practitioners.bySlug(profile.slug())).as("no profile page").isEmpty();
        assertThat(new Visitor(port).get(profile.path()).statusCode()).isEqualTo(404);
        Slot next = new Slot(kept.slot().start().plusSeconds(86_400), kept.slot().end().plusSeconds(86_400));
        assertThat(service.book(new BookingRequest(client, type.id(), next.start(), DeskFixtures.STOCKHOLM, Locale.ENGLISH,
                UUID.randomUUID().toString(), null))).as("no new bookings").isInstanceOf(BookingOutcome.NotFound.class);
        assertThat(practitioner.get("/desk").body()).as("her booked session stays on her desk")
                .contains("/desk/sessions/" + kept.id(), "not taking new bookings");
        assertThat(member.get("/account/bookings").body()).as("and on her client's list")
                .contains("/account/bookings/" + kept.id(), "Linked Later");
        assertThat(admin.get("/admin/practitioners").body()).contains("Deactivated", practitionerEmail);
        assertThat(admin.post(base + "/active", "active", "maybe").statusCode()).isEqualTo(400);
        assertThat(redirectPath(admin.post(base + "/active", "active", "yes"))).isEqualTo("/admin/practitioners?done=active");
        assertThat(practitioners.bySlug(profile.slug())).isPresent();
    }

    @Test
    void theDeskSpeaksSwedish() {
        DeskFixtures.Desk desk = fixtures.desk("Svenska Desk");
        Visitor she = desk.visitor();
        she.get("/desk?lang=sv");
        try {
            assertThat(she.get("/desk").body()).contains("lang=\"sv\"", "Ditt skrivbord", "Kommande samtal", "Dina tider")
                    .doesNotContain("Your desk", "Upcoming sessions");
            assertThat(she.get("/desk/availability").body()).contains("måndag", "Tider varje vecka", "Spara dina tider")
                    .doesNotContain("Weekly hours", "Monday");
            assertThat(she.get("/desk/profile").body()).contains("Om dig (svenska)", "Samtalstyper")
                    .doesNotContain("Session types");
            assertThat(she.get("/desk/calendar").body()).contains("Du har inget kalenderflöde.");
        } finally {
            she.get("/desk?lang=en");
        }
    }

    private static LocalDate localDay(Slot slot, Practitioner practitioner) {
        return slot.start().atZone(practitioner.zone()).toLocalDate();
    }

    private static String feedAddress(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher link = Pattern.compile("value=\"https?://[^/\"]+(/desk/calendar/[A-Za-z0-9_-]{43}\\.ics)\"").matcher(page.body());
        assertThat(link.find()).as("the page shows the address once").isTrue();
        return link.group(1);
    }

    private static String secret(String path) {
        return path.substring("/desk/calendar/".length(), path.length() - ".ics".length());
    }
}

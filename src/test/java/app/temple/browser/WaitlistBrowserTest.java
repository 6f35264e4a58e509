package app.temple.browser;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SeriesOffers;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import app.temple.booking.internal.TestPractitioners;
import app.temple.course.internal.Reflections;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waitlist in a browser: with nothing free she joins from the times page, sees her place on "My sessions", and
 * takes the time a cancellation frees from the link in her letter. Then a weekly series booked without JavaScript
 * in Swedish, sharing a reflection with each of its sessions. Every page checked with axe and for requests to other
 * origins.
 */
@TempleIntegrationTest
class WaitlistBrowserTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

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
    SeriesOffers series;
    @Autowired
    Reflections reflections;

    @Test
    void sheJoinsTheWaitlistAndTakesAFreedTimeFromHerLettersLink() {
        TestPractitioners made = new TestPractitioners(practitioners);
        Practitioner practitioner = made.create(STOCKHOLM, "09:00-10:00", Duration.ofHours(2), 15, DayOfWeek.WEDNESDAY);
        SessionType type = made.typeOf(practitioner);
        List<Slot> free = bookings.freeSlots(practitioner, type);
        UUID holder = member("holder");
        List<Booking> held = free.stream().map(slot -> ((BookingOutcome.Done) bookings.book(new BookingRequest(holder, type.id(),
                slot.start(), STOCKHOLM, Locale.ENGLISH, "browser-" + UUID.randomUUID(), null))).booking()).toList();
        String email = TestMembers.newAddress("waiting-browser");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        String times = "/sessions/practitioners/" + practitioner.slug() + "/" + type.slug();

        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            PageChecks checks = new PageChecks(page, origin());
            page.navigate(origin() + times);
            page.getByText("Join the waitlist", new Page.GetByTextOptions().setExact(false)).click();
            page.waitForURL("**" + times + "/waitlist");
            checks.assertAccessibleAndSelfContained(page);
            page.locator("#zone").selectOption("Europe/Oslo");
            page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Join the waitlist")).click();
            page.waitForURL("**/account/bookings#waitlist");
            assertThat(page.locator("#waitlist").textContent()).isEqualTo("Waitlists");
            assertThat(page.content()).contains(practitioner.name());
            checks.assertAccessibleAndSelfContained(page);

            assertThat(bookings.cancel(holder, held.getFirst().id(), "")).isInstanceOf(BookingOutcome.Done.class);
            String link = new Letters(outbox).link(email, LetterKind.APPOINTMENT_OFFER);
            assertThat(link).startsWith("/account/offer?token=");
            page.navigate(origin() + link);
            assertThat(page.content()).contains("A time has become free").contains("(Europe/Oslo)");
            checks.assertAccessibleAndSelfContained(page);
            page.getByText("Take this time").click();
            page.waitForURL("**/account/bookings/*?booked");
            assertThat(page.content()).contains("Your session is booked");
        }
        UUID mine = TestMembers.idOf(jdbc, email);
        assertThat(jdbc.sql("select starts_at from booking_booking where member_id = ? and status = 'confirmed'").param(mine)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(held.getFirst().slot().start());
        assertThat(jdbc.sql("select count(*) from booking_waitlist where member_id = ?").param(mine).query(Integer.class).single())
                .isZero();
    }

    @Test
    void sheBooksAWeeklySeriesWithoutJavaScriptInSwedish() {
        TestPractitioners made = new TestPractitioners(practitioners);
        Practitioner practitioner = made.create(STOCKHOLM, "09:00-17:00", DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        SessionType type = made.typeOf(practitioner);
        series.offer(type.id(), 6);
        String email = TestMembers.newAddress("series-browser");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        String times = "/sessions/practitioners/" + practitioner.slug() + "/" + type.slug();
        // a reflection she shares with every session of the series, ticked on its confirmation page
        reflections.save(TestMembers.idOf(jdbc, email), "foundation", "f1-1", "Jag andas långsamt ut");

        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setLocale("sv-SE"))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            page.navigate(origin() + times + "?lang=sv");
            page.getByText("Eller boka 6 samtal", new Page.GetByTextOptions().setExact(false)).click();
            page.locator("a.slot").first().click();
            assertThat(page.locator("tbody tr").count()).isEqualTo(6);
            page.locator("input[name=share][value='reflection:foundation/f1-1']").check();
            page.getByText("Boka alla 6").click();
            page.waitForURL("**/account/bookings?series");
        }
        // the same pages with axe, which needs JavaScript to run in them
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
            context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = context.newPage();
            PageChecks checks = new PageChecks(page, origin());
            page.navigate(origin() + times + "/series?lang=sv");
            checks.assertAccessibleAndSelfContained(page);
            page.locator("a.slot").first().click();
            checks.assertAccessibleAndSelfContained(page);
            page.navigate(origin() + "/account/bookings");
            // the series above its six sessions
            assertThat(page.locator("#series + ul li").textContent()).contains("6 kvar");
            assertThat(page.locator("ul.sessions li").count()).isEqualTo(1 + 6);
            checks.assertAccessibleAndSelfContained(page);
        }
        assertThat(jdbc.sql("select count(distinct series_id) from booking_booking where member_id = ?")
                .param(TestMembers.idOf(jdbc, email)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from booking_booking where member_id = ?")
                .param(TestMembers.idOf(jdbc, email)).query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from booking_shared_item s join booking_booking b on b.id = s.booking_id"
                + " where b.member_id = ?").param(TestMembers.idOf(jdbc, email)).query(Integer.class).single())
                .as("her reflection, shared with each of the six").isEqualTo(6);
    }

    private UUID member(String prefix) {
        String email = TestMembers.newAddress(prefix);
        new TestMembers(port, outbox).confirmed(email);
        return TestMembers.idOf(jdbc, email);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

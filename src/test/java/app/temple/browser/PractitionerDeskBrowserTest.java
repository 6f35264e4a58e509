package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.SharedItems;
import app.temple.course.internal.Reflections;
import app.temple.quiz.QuizTaker;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practitioner at her desk in a real browser: she sets her hours and a day off, and opens a booking that shows
 * only what the client wrote for her. Every desk page passes axe in English and Swedish, fits a 320-pixel phone,
 * asks nothing of another origin, and works without JavaScript.
 */
@TempleIntegrationTest
class PractitionerDeskBrowserTest {

    static final List<String> PAGES = List.of("/desk", "/desk/availability", "/desk/profile", "/desk/calendar");

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
    @Autowired
    Reflections reflections;
    @Autowired
    SharedItems shared;

    @Test
    void sheSetsHoursAndADayOffAndSeesTheBookingWithOnlyWhatWasShared() {
        DeskFixtures fixtures = DeskFixtures.of(application);
        TestMembers members = fixtures.members();
        DeskFixtures.Desk desk = fixtures.desk("Browser Desk");
        String clientEmail = TestMembers.newAddress("browser-client");
        Visitor client = members.signedIn(clientEmail);
        UUID clientId = TestMembers.idOf(jdbc, clientEmail);
        Booking booking = fixtures.book(clientId, desk.practitioner(), desk.type(), 0,
                "I would like to talk about sleep");
        // a saved result and a reflection she shares, so that the page shows both kinds as they are drawn
        QuizTaker.takeAndKeep(client);
        reflections.save(clientId, "foundation", "f1-1", "Breathing out slowly helps me fall asleep");
        UUID saved = jdbc.sql("select id from quiz_result where member_id = ?").param(clientId).query(UUID.class).single();
        shared.share(booking, List.of("quiz-result:" + saved, "reflection:foundation/f1-1"), Locale.ENGLISH);
        LocalDate dayOff = LocalDate.now(clock.withZone(DeskFixtures.STOCKHOLM)).plusDays(4);

        try (BrowserContext context = context(desk, false)) {
            Page page = context.newPage();
            page.navigate(origin() + "/desk/availability");
            page.getByLabel("Monday").fill("09:00-12:00, 13:00-16:00");
            page.getByLabel("Days off and other hours").fill(dayOff + " off");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your hours")).click();
            page.waitForURL("**/desk/availability?saved");
            assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Your hours are saved");
            assertThat(page.getByLabel("Monday").inputValue()).isEqualTo("09:00-12:00, 13:00-16:00");

            page.navigate(origin() + "/desk");
            page.locator("a[href='/desk/sessions/" + booking.id() + "']").click();
            page.waitForURL("**/desk/sessions/" + booking.id());
            String text = page.locator("main").innerText();
            assertThat(text).contains("I would like to talk about sleep", "Robin",
                    "Breathing out slowly helps me fall asleep", "Quiz result:");
            assertThat(text).as("her address is not what she shared").doesNotContain(clientEmail);
        }
        Practitioner now = practitioners.byId(desk.practitioner().id()).orElseThrow();
        assertThat(service.freeSlots(now, desk.type()))
                .noneMatch(slot -> slot.start().atZone(now.zone()).toLocalDate().equals(dayOff));

        for (String locale : List.of("en-GB", "sv-SE")) {
            try (BrowserContext context = context(desk, true, locale)) {
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                for (String path : PAGES) {
                    page.navigate(origin() + path + (locale.startsWith("sv") ? "?lang=sv" : "?lang=en"));
                    checkFits(page, checks);
                }
                page.navigate(origin() + "/desk/sessions/" + booking.id());
                checkFits(page, checks);
                // a refused form, with its errors beside the fields
                page.navigate(origin() + "/desk/availability");
                page.locator("#day2").fill("17:00-09:00");
                page.locator("#step").fill("1");
                page.locator("form.stack button[type=submit]").click();
                page.waitForLoadState();
                assertThat(page.locator("#day2-error").count()).isEqualTo(1);
                checkFits(page, checks);
            }
        }
    }

    @Test
    void theAdminsPractitionerPagePassesAxeAndFitsAPhone() {
        DeskFixtures fixtures = DeskFixtures.of(application);
        TestMembers members = fixtures.members();
        fixtures.profile("Axe Profile");
        app.temple.Visitor admin = members.staff(TestMembers.newAddress("axe-admin"), app.temple.account.Role.ADMIN, invitations);
        for (String locale : List.of("en-GB", "sv-SE")) {
            try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(locale)
                    .setViewportSize(320, 800))) {
                context.addCookies(List.of(new Cookie("temple_session", admin.cookie("temple_session").orElseThrow())
                        .setUrl(origin())));
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                page.navigate(origin() + "/admin/practitioners" + (locale.startsWith("sv") ? "?lang=sv" : "?lang=en"));
                assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Axe Profile")).count()).isEqualTo(1);
                checkFits(page, checks);
            }
        }
    }

    private static void checkFits(Page page, PageChecks checks) {
        checks.assertAccessibleAndSelfContained(page);
        Object width = page.evaluate("() => document.scrollingElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(page.url() + " scrolls sideways").isLessThanOrEqualTo(320);
    }

    private BrowserContext context(DeskFixtures.Desk desk, boolean javaScript) {
        return context(desk, javaScript, "en-GB");
    }

    private BrowserContext context(DeskFixtures.Desk desk, boolean javaScript, String locale) {
        BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(locale)
                .setJavaScriptEnabled(javaScript).setViewportSize(320, 800));
        context.addCookies(List.of(new Cookie("temple_session", desk.visitor().cookie("temple_session").orElseThrow())
                .setUrl(origin())));
        return context;
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

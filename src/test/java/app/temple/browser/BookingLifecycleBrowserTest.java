package app.temple.browser;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.booking.BookingFixtures;
import app.temple.booking.Invites;
import app.temple.booking.internal.Practitioners;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of one session in a real browser with its script on, as the acceptance asks: a visitor picks a
 * practitioner, a day and a time in her zone, signs in and comes back to confirm that very time, books, gets a letter
 * whose calendar file carries the right instant and the video room; she moves it from "My sessions" (same UID, higher
 * SEQUENCE) and cancels it with a reason (METHOD:CANCEL). Every page passes axe, asks no other origin and does not
 * scroll sideways at 320 pixels; in English and in Swedish.
 */
@TempleIntegrationTest
class BookingLifecycleBrowserTest {

    private static final String ZONE = "America/New_York";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Practitioners practitioners;

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void sheBooksGetsTheInvitationMovesAndCancels(String lang) {
        TestMembers members = new TestMembers(port, outbox);
        Letters letters = members.letters();
        String email = TestMembers.newAddress("lifecycle-" + lang);
        members.confirmed(email);
        // a practitioner of this test alone (UTC, every day), so no other test takes her times
        String slug = BookingFixtures.practitioner(practitioners, "lifecycle", 0, 0);
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale(lang.equals("sv") ? "sv-SE" : "en-GB").setTimezoneId(ZONE).setViewportSize(320, 800))) {
            Page page = context.newPage();
            PageChecks checks = new PageChecks(page, origin());

            // a visitor chooses: the practitioner, the kind of session, a day and a time in her own zone
            page.navigate(origin() + "/sessions/practitioners/" + slug + "?lang=" + lang);
            checks.assertAccessibleSelfContainedAndNarrow(page, "practitioner");
            page.locator("form[action$='/" + BookingFixtures.LONG + "'] button").click();
            page.waitForURL("**/" + BookingFixtures.LONG + "?zone=America%2FNew_York");
            assertThat(page.locator("#zone").inputValue()).as("the zone her browser is in").isEqualTo(ZONE);
            checks.assertAccessibleSelfContainedAndNarrow(page, "slots");
            // more than a day ahead: outside the 24-hour window, so she may still move and cancel it herself
            page.locator("a.slot").nth(60).click();

            // not signed in yet: she signs in and comes back to confirm the time she chose
            page.waitForURL("**/sign-in?next=**");
            checks.assertAccessibleSelfContainedAndNarrow(page, "sign-in");
            page.locator("#email").fill(email);
            page.locator("#password").fill(TestMembers.PASSWORD);
            page.locator("form[action='/sign-in'] button[type=submit]").click();
            page.waitForURL("**/sessions/practitioners/" + slug + "/" + BookingFixtures.LONG + "/confirm?**");
            assertThat(page.content()).contains("(" + ZONE + ")");
            Instant start = Instant.parse(query(page.url(), "start"));
            checks.assertAccessibleSelfContainedAndNarrow(page, "confirm");
            page.locator("form[action$='/book'] button[type=submit]").click();
            page.waitForURL("**/account/bookings/*?booked");
            checks.assertAccessibleSelfContainedAndNarrow(page, "booked");
            String room = page.locator("a[rel=noreferrer]").getAttribute("href");
            String session = page.url().substring(origin().length(), page.url().indexOf('?'));

            Invites booked = Invites.of(letters.latest(email, LetterKind.APPOINTMENT_CONFIRMED).orElseThrow());
            assertThat(booked.method()).isEqualTo("REQUEST");
            assertThat(booked.start()).as("the instant she chose").isEqualTo(start);
            assertThat(booked.end()).isEqualTo(start.plus(Duration.ofMinutes(50)));
            assertThat(booked.location()).as("the private video room").contains("/video/").isEqualTo(room);

            // she moves it from My sessions to another time
            page.navigate(origin() + "/account/bookings");
            checks.assertAccessibleSelfContainedAndNarrow(page, "my sessions");
            page.locator("a[href='" + session + "']").first().click();
            page.waitForURL("**" + session);
            page.locator("a[href='" + session + "/move']").click();
            page.waitForURL("**" + session + "/move");
            checks.assertAccessibleSelfContainedAndNarrow(page, "move slots");
            page.locator("a.slot").nth(80).click();
            page.waitForURL("**" + session + "/move?**");
            Instant later = Instant.parse(query(page.url(), "start"));
            assertThat(later).isNotEqualTo(start);
            checks.assertAccessibleSelfContainedAndNarrow(page, "move confirm");
            page.locator("form[action$='/move'] button[type=submit]").click();
            page.waitForURL("**" + session + "?moved");
            checks.assertAccessibleSelfContainedAndNarrow(page, "moved");

            Invites moved = Invites.of(letters.latest(email, LetterKind.APPOINTMENT_MOVED).orElseThrow());
            assertThat(moved.uid()).as("the same event in her calendar").isEqualTo(booked.uid());
            assertThat(moved.sequence()).isGreaterThan(booked.sequence());
            assertThat(moved.start()).isEqualTo(later);
            assertThat(moved.location()).as("the video room survives the move").isEqualTo(room);

            // and cancels it, saying why, on the step that asks first
            page.locator("a.quiet[href$='/cancel']").click();
            page.waitForURL("**" + session + "/cancel");
            checks.assertAccessibleSelfContainedAndNarrow(page, "cancel-step");
            page.locator("#reason").fill("Something came up");
            page.locator("form[action$='/cancel'] button[type=submit]").click();
            page.waitForURL("**" + session + "?cancelled");
            checks.assertAccessibleSelfContainedAndNarrow(page, "cancelled");
            Invites cancelled = Invites.of(letters.latest(email, LetterKind.APPOINTMENT_CANCELLED).orElseThrow());
            assertThat(cancelled.method()).isEqualTo("CANCEL");
            assertThat(cancelled.uid()).isEqualTo(booked.uid());
            assertThat(cancelled.sequence()).isGreaterThan(moved.sequence());
            assertThat(page.locator("html").getAttribute("lang")).as("the whole journey in her language").startsWith(lang);
        }
    }

    private static String query(String url, String name) {
        String value = UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
        assertThat(value).as(name + " in " + url).isNotNull();
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }


    private String origin() {
        return "http://localhost:" + port;
    }
}

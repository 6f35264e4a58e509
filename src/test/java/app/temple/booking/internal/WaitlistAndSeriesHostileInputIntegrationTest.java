package app.temple.booking.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared hostile-input test sends its payloads to every route, but with made-up practitioners they stop at the
 * 404 before a parameter is read. Here every parameter of the waitlist and series routes gets them on a real
 * practitioner whose type is offered as a series and has a waitlist: a 4xx each time, never a 5xx, and nothing stored.
 */
@TempleIntegrationTest
class WaitlistAndSeriesHostileInputIntegrationTest {

    private static final List<String> PAYLOADS = List.of("\u0000", "x\u0000y", "'; drop table booking_booking; --",
            "<script>alert(1)</script>", "../../../etc/passwd", "9".repeat(5000), "2027-13-45T99:61:00Z", "-1",
            "Europe/Nowhere", "Europe/Stockholm\r\nX: y", "\uD800", "%00", "🙂".repeat(100));

    @Autowired Practitioners practitioners;
    @Autowired SeriesOffers offers;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @LocalServerPort int port;

    @Test
    void everyParameterOfTheWaitlistAndSeriesRoutesRefusesHostileInputWithoutStoringAnything() {
        TestPractitioners made = new TestPractitioners(practitioners);
        Practitioner practitioner = made.create(ZoneId.of("Europe/Stockholm"), "09:00-17:00", DayOfWeek.TUESDAY);
        SessionType type = made.typeOf(practitioner);
        offers.offer(type.id(), 4);
        String email = TestMembers.newAddress("hostile-series");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        String path = "/sessions/practitioners/" + practitioner.slug() + "/" + type.slug();
        List<String> wrong = new ArrayList<>();

        for (String payload : PAYLOADS) {
            String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            check(wrong, "GET series start", her.get(path + "/series?start=" + q), false);
            check(wrong, "GET series zone", her.get(path + "/series?zone=" + q + "&from=" + q), false);
            check(wrong, "GET waitlist zone", her.get(path + "/waitlist?zone=" + q), false);
            check(wrong, "GET offer token", her.get("/account/offer?token=" + q), true);
            her.get("/account/bookings");
            check(wrong, "POST series start", her.post(path + "/series", "start", payload, "zone", "Europe/Stockholm",
                    "key", "k".repeat(20)), true);
            check(wrong, "POST series zone", her.post(path + "/series", "start", "2030-01-01T08:00:00Z", "zone", payload,
                    "key", "k".repeat(20)), true);
            check(wrong, "POST series key", her.post(path + "/series", "start", "2030-01-01T08:00:00Z",
                    "zone", "Europe/Stockholm", "key", payload), true);
            check(wrong, "POST waitlist zone", her.post(path + "/waitlist", "zone", payload), true);
            check(wrong, "POST offer token", her.post("/account/offer", "token", payload), true);
            check(wrong, "POST leave id", her.post("/account/waitlist/" + q + "/leave"), true);
        }
        her.get("/account/bookings");
        HttpResponse<String> raw = her.send("POST", path + "/series", "application/x-www-form-urlencoded",
                new byte[] {'z', 'o', 'n', 'e', '=', (byte) 0xC3, (byte) 0x28, '&', 's', 't', 'a', 'r', 't', '=', (byte) 0xFF});
        check(wrong, "POST series invalid UTF-8", raw, true);

        assertThat(wrong).as("answers that were not a clear refusal").isEmpty();
        assertThat(jdbc.sql("select count(*) from booking_booking where member_id = ?").param(member).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from booking_waitlist where member_id = ?").param(member).query(Integer.class).single())
                .isZero();
    }

    /** A refusal is a 4xx; a page that ignores a parameter it cannot use may also answer 200 when {@code refusalOnly} is off. */
    private static void check(List<String> wrong, String what, HttpResponse<String> response, boolean refusalOnly) {
        int status = response.statusCode();
        boolean fine = status >= 400 && status < 500 || !refusalOnly && status == 200;
        if (!fine) {
            wrong.add(what + ": " + status);
        }
    }
}

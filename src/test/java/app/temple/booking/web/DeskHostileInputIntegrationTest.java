package app.temple.booking.web;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared hostile-input test posts as visitors, members and editors, who never get past the desk's rules; this
 * sends the same kind of input as a practitioner (and, for the admins' page, as an admin), one field at a time beside
 * otherwise good values: never a 5xx, never a script echoed unescaped, and a refused availability form changes nothing.
 */
@TempleIntegrationTest
class DeskHostileInputIntegrationTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final List<String> PAYLOADS = List.of(SCRIPT, "x".repeat(30_000), "' or '1'='1", "../../etc/passwd",
            "\uD83D\uDE00\u2764\uFE0F", "a\u0000b", "2026-02-30", " ", "-1", "99999999999999999999", "09:00-12:00\u202e");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext application;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Practitioners practitioners;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hostileInputInAnyDeskFieldIsAnsweredWithoutAFailure() {
        DeskFixtures fixtures = DeskFixtures.of(application);
        TestMembers members = fixtures.members();
        DeskFixtures.Desk desk = fixtures.desk("Hostile Desk");
        String client = TestMembers.newAddress("hostile-client");
        members.signedIn(client);
        Booking booking = fixtures.book(TestMembers.idOf(jdbc, client), desk.practitioner(), desk.type(), 0, null);
        String session = "/desk/sessions/" + booking.id();
        Visitor she = desk.visitor();
        StringBuilder wrong = new StringBuilder();

        Map<String, String> hours = new LinkedHashMap<>();
        hours.put("zone", "Europe/Stockholm");
        for (int day = 1; day <= 7; day++) {
            hours.put("day" + day, "09:00-12:00");
        }
        hours.putAll(Map.of("overrides", "", "bufferBefore", "0", "bufferAfter", "0", "notice", "0", "horizon", "30", "step", "60"));
        // each availability field gets a payload that is not a valid value for it, so every answer must be a refusal
        fieldByField(she, "/desk/availability", "/desk/availability", hours, wrong, true);
        fieldByField(she, "/desk/profile", "/desk/profile", Map.of("bioEn", "b", "bioSv", "b", "approachEn", "a",
                "approachSv", "a", "credentialsEn", "c", "credentialsSv", "c", "languages", "en"), wrong, false);
        fieldByField(she, "/desk/profile", "/desk/profile/session-types", Map.of("type", "new", "nameEn", "N", "nameSv", "N",
                "minutes", "50", "price", "", "currency", "", "window", "24"), wrong, false);
        fieldByField(she, session, session + "/note", Map.of("note", "n"), wrong, false);
        fieldByField(she, session, session + "/cancel", Map.of("reason", "r"), wrong, false);
        for (String payload : PAYLOADS) {
            she.get("/desk");
            HttpResponse<String> answer = she.get("/desk/sessions/" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
            check("GET /desk/sessions/{id}", payload, answer, wrong, false);
            check("GET /desk/calendar/{secret}.ics", payload,
                    new Visitor(port).get("/desk/calendar/" + URLEncoder.encode(payload, StandardCharsets.UTF_8) + ".ics"),
                    wrong, true);
        }

        Visitor admin = members.staff(TestMembers.newAddress("hostile-admin"), Role.ADMIN, invitations);
        Practitioner profile = fixtures.profile("Hostile Admin Target");
        fieldByField(admin, "/admin/practitioners", "/admin/practitioners/" + profile.id() + "/link", Map.of("email", "a@b.c"),
                wrong, true);
        fieldByField(admin, "/admin/practitioners", "/admin/practitioners/" + profile.id() + "/active", Map.of("active", "no"),
                wrong, true);

        assertThat(wrong.toString()).as("answers to hostile input").isEmpty();
        Practitioner after = practitioners.byId(desk.practitioner().id()).orElseThrow();
        assertThat(after.zone()).isEqualTo(DeskFixtures.STOCKHOLM);
        assertThat(after.rules().step().toMinutes()).as("no refused availability form was saved").isEqualTo(60);
        assertThat(practitioners.byId(profile.id()).orElseThrow().account()).isNull();
        assertThat(practitioners.byId(profile.id()).orElseThrow().active()).isTrue();
    }

    private void fieldByField(Visitor who, String formPage, String action, Map<String, String> good, StringBuilder wrong,
                              boolean mustRefuse) {
        for (String field : good.keySet()) {
            for (String payload : PAYLOADS) {
                Map<String, String> fields = new LinkedHashMap<>(good);
                fields.put(field, payload);
                who.get(formPage);
                HttpResponse<String> answer = who.post(action, fields.entrySet().stream()
                        .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue())).toArray(String[]::new));
                check(action + " " + field, payload, answer, wrong, mustRefuse && !acceptable(field, payload));
            }
        }
    }

    /** A payload that is good input for its field, which the form rightly takes. */
    private static boolean acceptable(String field, String payload) {
        return (field.equals("overrides") || field.startsWith("day")) && payload.isBlank();
    }

    private static void check(String where, String payload, HttpResponse<String> answer, StringBuilder wrong,
                              boolean mustRefuse) {
        int status = answer.statusCode();
        boolean failed = status >= 500 || answer.body().contains(SCRIPT) || (mustRefuse && (status < 400));
        if (failed) {
            wrong.append(where).append(" = ").append(payload, 0, Math.min(20, payload.length())).append(": ")
                    .append(status).append('\n');
        }
    }
}

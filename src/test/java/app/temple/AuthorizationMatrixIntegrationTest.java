package app.temple;

import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route, asked for by every kind of visitor, with the answer each must get. Later steps add their
 * routes to {@link #ROUTES}. "sign-in" means a redirect to the sign-in page.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

    static final String PASSWORD = TestMembers.PASSWORD;
    static final List<String> ACTORS = List.of("anonymous", "member", "otherMember", "practitioner", "editor", "admin");

    /** route -> expected answer for anonymous, member, other member, practitioner, editor, admin. */
    static final Map<String, List<String>> ROUTES = new LinkedHashMap<>();

    static {
        for (String open : List.of("/", "/privacy", "/help", "/sign-in", "/sign-up", "/sign-in/link", "/password-reset",
                "/sign-up/check-email", "/sign-in/link/sent", "/password-reset/sent", "/actuator/health", "/dev/outbox")) {
            ROUTES.put(open, List.of("200", "200", "200", "200", "200", "200"));
        }
        for (String own : List.of("/account", "/account/sessions", "/account/privacy", "/account/privacy/export")) {
            ROUTES.put(own, List.of("sign-in", "200", "200", "200", "200", "200"));
        }
        // quizzes: open to everyone; keeping results is a member's
        for (String open : List.of("/quizzes", "/quizzes/nervous-system", "/quizzes/desire-journey/how-it-works",
                "/quizzes/attachment/questions", "/api/quizzes", "/api/quizzes/communication-style")) {
            ROUTES.put(open, List.of("200", "200", "200", "200", "200", "200"));
        }
        // the generated API description is public, like the API it describes; the hand-written file moved there
        for (String description : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            ROUTES.put(description, List.of("200", "200", "200", "200", "200", "200"));
        }
        ROUTES.put("/api/quizzes.yaml", List.of("301", "301", "301", "301", "301", "301"));
        ROUTES.put("/swagger-ui.html", List.of("404", "404", "404", "404", "404", "404"));
        ROUTES.put("/account/quizzes", List.of("sign-in", "200", "200", "200", "200", "200"));
        ROUTES.put("/quizzes/no-such-quiz", List.of("404", "404", "404", "404", "404", "404"));
        ROUTES.put("/admin/staff", List.of("sign-in", "403", "403", "403", "403", "200"));
        for (String journal : List.of("/journal", "/journal?page=2", "/journal/what-are-intimacy-issues",
                "/journal/sv/what-are-intimacy-issues", "/journal/tags/science-based", "/journal/authors/temple-editorial",
                "/journal/search?q=stress", "/journal/feed.atom", "/sitemap.xml", "/robots.txt")) {
            ROUTES.put(journal, List.of("200", "200", "200", "200", "200", "200"));
        }
        // writing is the editor role's; an admin who writes gives herself that role
        for (String desk : List.of("/editor/journal", "/editor/journal/new")) {
            ROUTES.put(desk, List.of("sign-in", "403", "403", "403", "200", "403"));
        }
        ROUTES.put("/no-such-page", List.of("404", "404", "404", "404", "404", "404"));
        ROUTES.put("/actuator/env", List.of("404", "404", "404", "404", "404", "404"));
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, Visitor> actors = new LinkedHashMap<>();

    @BeforeAll
    void signInEveryone() {
        actors.put("anonymous", new Visitor(port));
        actors.put("member", member());
        actors.put("otherMember", member());
        actors.put("practitioner", staff(Role.PRACTITIONER));
        actors.put("editor", staff(Role.EDITOR));
        actors.put("admin", staff(Role.ADMIN));
    }

    @Test
    void everyRouteAnswersEveryActorAsExpected() {
        StringBuilder wrong = new StringBuilder();
        ROUTES.forEach((route, expected) -> {
            for (int i = 0; i < ACTORS.size(); i++) {
                String actual = answer(actors.get(ACTORS.get(i)).get(route));
                if (!actual.equals(expected.get(i))) {
                    wrong.append(route).append(" as ").append(ACTORS.get(i)).append(": expected ")
                            .append(expected.get(i)).append(", got ").append(actual).append('\n');
                }
            }
        });
        assertThat(wrong.toString()).as("routes answering wrongly").isEmpty();
    }

    @Test
    void aMemberAskingToEndAnotherMembersSessionGets404() {
        Visitor member = actors.get("member");
        // another member signed in on two devices: her sessions page names the second by its handle
        String email = TestMembers.newAddress("matrix");
        Visitor other = new TestMembers(port, outbox).signedIn(email);
        Visitor othersPhone = new Visitor(port);
        TestMembers.signIn(othersPhone, email, PASSWORD);
        Matcher handle = Pattern.compile("name=\"handle\" value=\"([^\"]+)\"").matcher(other.get("/account/sessions").body());
        assertThat(handle.find()).isTrue();

        member.get("/account/privacy"); // a page with a form, for the CSRF token
        HttpResponse<String> response = member.post("/account/sessions/end", "handle", handle.group(1));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(othersPhone.get("/account").statusCode()).as("her session is untouched").isEqualTo(200);
        assertThat(other.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Visitor member = actors.get("member");
        member.get("/account/privacy");
        Visitor forger = new Visitor(port);
        forger.get("/");

        HttpResponse<String> forged = forger.post("/account/privacy/consents/emails/give");

        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(redirectPath(forged)).doesNotStartWith("/account/privacy");
    }

    private static String answer(HttpResponse<String> response) {
        if (response.statusCode() == 302 && redirectPath(response).startsWith("/sign-in")) {
            return "sign-in";
        }
        return String.valueOf(response.statusCode());
    }

    private Visitor member() {
        return new TestMembers(port, outbox).signedIn(TestMembers.newAddress("matrix"));
    }

    /** A staff member: invited, accepted, signed in, and made to enrol her authenticator app first. */
    private Visitor staff(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        invitations.invite(email, role, Locale.ENGLISH);
        Visitor visitor = new Visitor(port);
        String link = new Letters(outbox).link(email, LetterKind.STAFF_INVITATION);
        visitor.get(link);
        visitor.post("/invitation", "token", link.substring(link.indexOf("token=") + 6), "displayName", "Staff " + role,
                "password", PASSWORD);
        assertThat(redirectPath(visitor.submit("/sign-in", "/sign-in", "email", email, "password", PASSWORD)))
                .as("staff must enrol an authenticator app first").isEqualTo("/account/security/totp");
        assertThat(redirectPath(visitor.get("/account"))).isEqualTo("/account/security/totp");
        Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(visitor.get("/account/security/totp").body());
        assertThat(secret.find()).isTrue();
        assertThat(visitor.post("/account/security/totp", "code", code(secret.group(1))).body()).contains("The authenticator app is on.");
        return visitor;
    }

    private static String code(String secret) {
        return TestMembers.totpCode(secret);
    }
}

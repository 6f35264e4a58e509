package app.temple.billing;

import app.temple.Letters;
import app.temple.PersonalRows;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Accounts;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.billing.internal.Grants;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin grants and revokes access over real HTTP; the grants answer {@link AccessGrants#holds} truthfully. */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessGrantsIntegrationTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Accounts accounts;
    @Autowired
    AccessGrants access;
    @Autowired
    Grants grants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    app.temple.site.ChangeFeed feed;

    private Visitor admin;

    @BeforeAll
    void anAdmin() {
        admin = admin();
    }

    @Test
    void aGrantForFoundationOpensFoundationAlone() {
        String email = TestMembers.newAddress("grant-one");
        UUID member = member(email);

        HttpResponse<String> granted = grant(email, "foundation", today(), "");

        assertThat(redirectPath(granted)).isEqualTo("/admin/grants?granted");
        assertThat(access.holds(member, "foundation")).isTrue();
        assertThat(access.holds(member, "exploration")).isFalse();
        assertThat(access.holds(null, "foundation")).as("a visitor holds nothing").isFalse();
        assertThat(admin.get("/admin/grants?granted").body()).contains(email, "Access has been granted.", "Foundation", "Active");
    }

    @Test
    void aGrantForAllCoursesOpensBoth() {
        String email = TestMembers.newAddress("grant-all");
        UUID member = member(email);

        assertThat(redirectPath(grant(email, "all", today(), today().plusDays(30).toString()))).isEqualTo("/admin/grants?granted");

        assertThat(access.holds(member, "foundation")).isTrue();
        assertThat(access.holds(member, "exploration")).isTrue();
    }

    @Test
    void aGrantThatHasNotStartedOrHasEndedHoldsNothing() {
        String email = TestMembers.newAddress("grant-time");
        UUID member = member(email);

        assertThat(redirectPath(grant(email, "all", today().plusDays(1), ""))).isEqualTo("/admin/grants?granted");
        Instant now = Instant.now();
        grants.grantByAdmin(member, "foundation", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)), null);

        assertThat(access.holds(member, "foundation")).isFalse();
        assertThat(access.holds(member, "exploration")).isFalse();
        assertThat(admin.get("/admin/grants").body()).contains("Starts later", "Ended");
    }

    /** The window is [start, end): open from its first instant, closed from its end. */
    @Test
    void aGrantHoldsFromItsStartUntilJustBeforeItsEnd() {
        UUID member = member(TestMembers.newAddress("grant-clock"));
        Instant start = Instant.parse("2031-03-01T00:00:00Z");
        Instant end = Instant.parse("2031-04-01T00:00:00Z");
        grants.grantByAdmin(member, "exploration", start, end, null);

        assertThat(at(start.minusSeconds(1)).holds(member, "exploration")).isFalse();
        assertThat(at(start).holds(member, "exploration")).isTrue();
        assertThat(at(end.minusSeconds(1)).holds(member, "exploration")).isTrue();
        assertThat(at(end).holds(member, "exploration")).isFalse();
        assertThat(at(start).holds(member, "foundation")).isFalse();
    }

    @Test
    void revokingAsksFirstThenEndsTheGrant() {
        String email = TestMembers.newAddress("grant-revoke");
        UUID member = member(email);
        grant(email, "foundation", today(), "");
        String id = grantIdOf(email);

        HttpResponse<String> asked = admin.post("/admin/grants/revoke", "grant", id);

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Revoke a grant", email, "Yes, revoke the grant", "name=\"confirmed\" value=\"yes\"");
        assertThat(access.holds(member, "foundation")).as("asking revokes nothing").isTrue();

        HttpResponse<String> revoked = admin.post("/admin/grants/revoke", "grant", id, "confirmed", "yes");

        assertThat(redirectPath(revoked)).isEqualTo("/admin/grants?revoked");
        assertThat(access.holds(member, "foundation")).isFalse();
        assertThat(jdbc.sql("select revoked_by is not null from billing_grant where id = ?::uuid").param(id)
                .query(Boolean.class).single()).as("who revoked it is kept").isTrue();
        admin.get("/admin/grants");
        assertThat(admin.post("/admin/grants/revoke", "grant", id, "confirmed", "yes").statusCode())
                .as("a grant is revoked once").isEqualTo(404);
        assertThat(admin.post("/admin/grants/revoke", "grant", "not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAnAdminMayGrant() {
        String email = TestMembers.newAddress("grant-self");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = accounts.memberIdByEmail(email).orElseThrow();

        assertThat(member.get("/admin/grants").statusCode()).isEqualTo(403);
        member.get("/account");
        assertThat(member.post("/admin/grants", "email", email, "scope", "all", "starts", today().toString()).statusCode())
                .isEqualTo(403);
        assertThat(redirectPath(new Visitor(port).get("/admin/grants"))).isEqualTo("/sign-in");
        assertThat(access.holds(id, "foundation")).isFalse();
        assertThat(rowsOf(id)).isZero();
    }

    @Test
    void badInputIsRefusedWithItsReasonAndStoresNothing() {
        String email = TestMembers.newAddress("grant-bad");
        UUID member = member(email);
        String unknown = TestMembers.newAddress("nobody");

        HttpResponse<String> noSuchMember = grant(unknown, "foundation", today(), "");
        assertThat(noSuchMember.statusCode()).isEqualTo(422);
        assertThat(noSuchMember.body()).contains("No member has this email address.", "value=\"" + unknown + "\"",
                "aria-invalid=\"true\"");

        HttpResponse<String> endBeforeStart = grant(email, "foundation", today(), today().minusDays(1).toString());
        assertThat(endBeforeStart.statusCode()).isEqualTo(422);
        assertThat(endBeforeStart.body()).contains("The last day cannot be before the first day.", "value=\"" + email + "\"",
                "<option value=\"foundation\" selected>", "aria-describedby=\"ends-error\"", "id=\"ends-error\"");

        HttpResponse<String> unknownScope = grant(email, "advanced", today(), "");
        assertThat(unknownScope.statusCode()).isEqualTo(422);
        assertThat(unknownScope.body()).contains("Please choose all courses or one of the courses listed.");

        admin.get("/admin/grants");
        HttpResponse<String> notADate = admin.post("/admin/grants", "email", email, "scope", "all", "starts", "2026-13-45",
                "ends", "+999999999-12-31");
        assertThat(notADate.statusCode()).isEqualTo(422);
        assertThat(notADate.body()).contains("Please give the first day as a date.", "Please give the last day as a date");

        assertThat(rowsOf(member)).isZero();
    }

    /**
     * The hostile-input test posts as visitors, members and editors, who never get past the rules here; this is the
     * same kind of input as an admin, one field at a time beside otherwise good values.
     */
    @Test
    void hostileInputInAnyFieldIsRefusedAndStoresNothing() {
        String email = TestMembers.newAddress("grant-hostile");
        UUID member = member(email);
        AdminHostileInput hostile = AdminHostileInput.of(admin, "/admin/grants", "2026-02-30", " ");
        java.util.Map<String, String> good = new java.util.LinkedHashMap<>(java.util.Map.of("email", email, "scope",
                "foundation", "starts", today().toString(), "ends", ""));

        // an empty last day is good input: no end
        String wrong = hostile.intoFields("/admin/grants", good, java.util.List.of("email", "scope", "starts", "ends"),
                (field, payload) -> field.equals("ends") && payload.isBlank())
                + hostile.asId("/admin/grants/revoke", "grant", "confirmed", "yes");

        assertThat(wrong).as("answers to hostile input").isEmpty();
        assertThat(rowsOf(member)).isZero();
    }

    @Test
    void theFormSpeaksSwedish() {
        try {
            String page = admin.get("/admin/grants?lang=sv").body();
            assertThat(page).contains("lang=\"sv\"", "Ge tillgång", "Alla kurser", "Grunden", "Sista dag (valfritt)")
                    .doesNotContain("All courses", "Grant access");
        } finally {
            admin.get("/admin/grants?lang=en");
        }
    }

    @Test
    void herGrantsAreInHerExportAndGoWithHerAccount() {
        String email = TestMembers.newAddress("grant-export");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = accounts.memberIdByEmail(email).orElseThrow();
        grant(email, "exploration", today(), "");
        // another member she once granted access to (as if she had been an admin): her name leaves that grant
        UUID other = member(TestMembers.newAddress("granted-by-her"));
        grants.grantByAdmin(other, null, Instant.now(), null, id);

        member.submit("/account/confirm?next=/account/privacy/export", "/account/confirm",
                "next", "/account/privacy/export", "password", TestMembers.PASSWORD);
        String export = member.get("/account/privacy/export").body();
        assertThat(export).contains("\"accessGrants\"", "\"scope\":\"exploration\"", "\"source\":\"admin\"");

        accounts.erase(id);

        assertThat(rowsOf(id)).isZero();
        assertThat(PersonalRows.mentioning(jdbc, id, email)).isEmpty();
        assertThat(access.holds(other, "foundation")).as("the grant she gave stays, attributed to nobody").isTrue();
        assertThat(jdbc.sql("select count(*) from billing_grant where member_id = ? and granted_by is null").param(other)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private Grants at(Instant now) {
        return new Grants(jdbc, events, Clock.fixed(now, ZoneOffset.UTC), feed);
    }

    private HttpResponse<String> grant(String email, String scope, LocalDate starts, String ends) {
        admin.get("/admin/grants");
        return admin.post("/admin/grants", "email", email, "scope", scope, "starts", starts.toString(), "ends", ends);
    }

    private String grantIdOf(String email) {
        String page = admin.get("/admin/grants").body();
        Matcher row = Pattern.compile(Pattern.quote(email) + ".*?name=\"grant\" value=\"([0-9a-f-]{36})\"", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).isTrue();
        return row.group(1);
    }

    private int rowsOf(UUID member) {
        return jdbc.sql("select count(*) from billing_grant where member_id = ?").param(member).query(Integer.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(STOCKHOLM);
    }

    private UUID member(String email) {
        new TestMembers(port, outbox).confirmed(email);
        return accounts.memberIdByEmail(email).orElseThrow();
    }

    /** Invited, accepted, signed in and enrolled in an authenticator app, as every admin must be. */
    private Visitor admin() {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        invitations.invite(email, Role.ADMIN, Locale.ENGLISH);
        Visitor visitor = new Visitor(port);
        String link = new Letters(outbox).link(email, LetterKind.STAFF_INVITATION);
        visitor.get(link);
        visitor.post("/invitation", "token", link.substring(link.indexOf("token=") + 6), "displayName", "Admin",
                "password", TestMembers.PASSWORD);
        assertThat(redirectPath(TestMembers.signIn(visitor, email, TestMembers.PASSWORD))).isEqualTo("/account/security/totp");
        Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(visitor.get("/account/security/totp").body());
        assertThat(secret.find()).isTrue();
        assertThat(visitor.post("/account/security/totp", "code", TestMembers.totpCode(secret.group(1))).body())
                .contains("The authenticator app is on.");
        return visitor;
    }
}

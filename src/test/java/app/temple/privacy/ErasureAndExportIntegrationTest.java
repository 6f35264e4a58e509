package app.temple.privacy;

import app.temple.Letters;
import app.temple.PersonalRows;
import app.temple.TestMembers;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy rule 4. Erasure is checked against the schema itself: every column of every table that could
 * hold her id or her address is searched, so a table added later is covered without touching this test.
 */
@TempleIntegrationTest
class ErasureAndExportIntegrationTest {

    static final String PASSWORD = TestMembers.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLog accessLog;
    @Autowired(required = false)
    List<PersonalData> personalData = List.of();

    @Test
    void afterErasureNoRowAnywhereHoldsHerIdOrHerAddress() {
        String email = "erase-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Visitor member = signedInMember(email);
        UUID id = memberId(email);
        member.submit("/account/privacy", "/account/privacy/consents/save-results/give");
        accessLog.record(id, UUID.randomUUID(), "practitioner", "Dr Example", "session notes");
        new Visitor(port).submit("/sign-in", "/sign-in", "email", email, "password", "a wrong password here");
        assertThat(rowsMentioning(id, email)).as("her data before erasure").isNotEmpty();

        assertThat(redirectPath(member.get("/account/privacy/erase"))).startsWith("/account/confirm");
        member.submit("/account/confirm?next=/account/privacy/erase", "/account/confirm",
                "next", "/account/privacy/erase", "password", PASSWORD);
        member.get("/account/privacy/erase");
        HttpResponse<String> erased = member.post("/account/privacy/erase");

        assertThat(redirectPath(erased)).isEqualTo("/erased");
        assertThat(rowsMentioning(id, email)).as("rows still holding her id or address").isEmpty();
        assertThat(redirectPath(new Visitor(port).submit("/sign-in", "/sign-in", "email", email, "password", PASSWORD)))
                .isEqualTo("/sign-in?error");
        assertThat(new Letters(outbox).latest(email, LetterKind.ACCOUNT_ERASED)).isPresent();
        assertThat(redirectPath(member.get("/account"))).isEqualTo("/sign-in");
    }

    @Test
    void theExportHoldsEverySectionAndHerData() {
        String email = "export-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Visitor member = signedInMember(email);
        UUID id = memberId(email);
        assertThat(redirectPath(member.submit("/account/privacy", "/account/privacy/consents/emails/give"))).startsWith("/account/privacy");
        accessLog.record(id, UUID.randomUUID(), "admin", "Admin Example", "account settings");

        assertThat(redirectPath(member.get("/account/privacy/export"))).as("the export asks for her password again first")
                .isEqualTo("/account/confirm?next=%2Faccount%2Fprivacy%2Fexport");
        TestMembers.confirmAgain(member);
        HttpResponse<String> export = member.get("/account/privacy/export");

        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".json");
        assertThat(export.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(export.body()).contains("\"format\":\"temple-export/1\"", email, "\"displayName\":\"Robin\"",
                "\"emails\"", "Admin Example", "account settings", "SIGN_IN", "\"accessLog\"");
        for (PersonalData part : personalData) {
            assertThat(export.body()).contains("\"" + part.section() + "\"");
        }
    }

    @Test
    void anotherMembersExportIsHerOwn() {
        String first = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String second = "second-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signedInMember(first);
        Visitor other = signedInMember(second);
        TestMembers.confirmAgain(other);

        assertThat(other.get("/account/privacy/export").body()).contains(second).doesNotContain(first);
    }

    private Visitor signedInMember(String email) {
        return new TestMembers(port, outbox).signedIn(email);
    }

    private UUID memberId(String email) {
        return jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(UUID.class).single();
    }

    private List<String> rowsMentioning(UUID id, String email) {
        return PersonalRows.mentioning(jdbc, id, email);
    }
}

package app.temple.account.internal;

import app.temple.TestMembers;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The email-change link is bound to the address it was sent to. */
@TempleIntegrationTest
class EmailChangeIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    private String emailOf(String original) {
        return jdbc.sql("select email from account_member where member_id = (select member_id from account_member where email = ? or pending_email = ? limit 1)")
                .params(original, original).query(String.class).single();
    }

    private static void askToChange(Visitor visitor, String to) {
        visitor.get("/account/security/email");
        assertThat(visitor.lastBody()).contains("name=\"email\"");
        assertThat(visitor.post("/account/security/email", "email", to).statusCode()).isEqualTo(200);
    }

    @Test
    void aLinkSentToTheFirstAddressCannotConfirmASecondAddressAskedForLater() {
        TestMembers members = new TestMembers(port, outbox);
        String original = TestMembers.newAddress("change");
        Visitor visitor = members.signedIn(original);
        visitor.submit("/account/confirm?next=/account/security/email", "/account/confirm",
                "next", "/account/security/email", "password", TestMembers.PASSWORD);
        String first = TestMembers.newAddress("first");
        String second = TestMembers.newAddress("second");

        askToChange(visitor, first);
        String firstToken = members.token(first, LetterKind.VERIFY_EMAIL);
        askToChange(visitor, second);

        assertThat(visitor.submit("/verify-email/change?token=" + firstToken, "/verify-email/change", "token", firstToken).body())
                .as("the first letter's link, now that the second address is pending").contains("This link no longer works");
        assertThat(emailOf(original)).isEqualTo(original);

        String secondToken = members.token(second, LetterKind.VERIFY_EMAIL);
        assertThat(visitor.submit("/verify-email/change?token=" + secondToken, "/verify-email/change", "token", secondToken).body()).contains("Your email address has been changed");
        assertThat(emailOf(second)).isEqualTo(second);
    }
}

package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a member does with her account, the logs never carry her address, name, password or id. */
@TempleIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signUpSignInFailuresAndResetLeaveNothingPersonalInTheLogs(CapturedOutput output) {
        String email = TestMembers.newAddress("quiet");
        TestMembers members = new TestMembers(port, outbox);
        Visitor visitor = members.signedIn(email);
        TestMembers.signIn(new Visitor(port), email, "a wrong password for the log test");
        new Visitor(port).submit("/password-reset", "/password-reset", "email", email);
        visitor.get("/account/privacy/export");
        UUID id = jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(UUID.class).single();

        assertThat(output.getAll()).contains("security event SIGN_IN")
                .doesNotContain(email, TestMembers.PASSWORD, "a wrong password for the log test", id.toString());
    }
}

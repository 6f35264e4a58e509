package app.temple.account.internal;

import app.temple.TestMembers;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The authenticator app's secret is never in the database in clear, and still checks her codes. */
@TempleIntegrationTest
class TotpSecretsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TotpSecrets secrets;
    @Autowired
    Members members;

    @Test
    void anEnrolledSecretIsStoredOnlySealedAndHerAppsCodesStillWork() {
        String email = TestMembers.newAddress("totp-sealed");
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        TestMembers.confirmAgain(visitor);
        Matcher shown = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(visitor.get("/account/security/totp").body());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);

        UUID id = members.byEmail(email).orElseThrow().id();
        assertThat(jdbc.sql("select totp_secret from account_member where member_id = ?").param(id).query(String.class).optional())
                .isEmpty();
        byte[] sealed = jdbc.sql("select totp_secret_sealed from account_member where member_id = ?").param(id)
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(visitor.post("/account/security/totp", "code", TestMembers.totpCode(secret)).body())
                .contains("The authenticator app is on.");
        assertThat(members.byId(id).orElseThrow().totpSecret()).isEqualTo(secret);
    }

    @Test
    void aSecretAnEarlierVersionKeptInClearIsSealedOnStart() {
        String email = TestMembers.newAddress("totp-clear");
        new TestMembers(port, outbox).confirmed(email);
        UUID id = members.byEmail(email).orElseThrow().id();
        jdbc.sql("update account_member set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_secret_sealed = null where member_id = ?")
                .param(id).update();
        assertThat(members.byId(id).orElseThrow().totpSecret()).as("still usable before sealing")
                .isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        secrets.sealSecretsKeptInClear();

        assertThat(jdbc.sql("select count(*) from account_member where totp_secret is not null").query(Integer.class).single()).isZero();
        assertThat(members.byId(id).orElseThrow().totpSecret()).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(secrets.reseal(null)).as("everything is under the current key already").isZero();
    }
}

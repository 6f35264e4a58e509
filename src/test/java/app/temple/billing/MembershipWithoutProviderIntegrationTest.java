package app.temple.billing;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a provider (the default), there is no portal: even a member whose membership names a customer at the
 * provider (say, from before the operator turned payments off) sees no button, and the route opens nothing.
 */
@TempleIntegrationTest
class MembershipWithoutProviderIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noProviderNoPortalButtonAndNothingToOpen() {
        String email = TestMembers.newAddress("no-provider");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into billing_membership (purchase_ref, member_id, subscription, customer, created_at, updated_at) "
                        + "values (?, ?, 'sub_before', 'cus_before', ?, ?)")
                .params(ProviderStandIn.newId("ref_"), id, now, now).update();

        String page = member.get("/account/purchases").body();

        assertThat(page).contains("Your purchases").doesNotContain("/account/purchases/portal", "Manage payment");
        assertThat(member.get("/account/purchases").headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("billing.stripe.com");
        assertThat(member.post("/account/purchases/portal").statusCode()).isEqualTo(404);
    }
}

package app.temple.account.internal;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.account.Role;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin comes from TEMPLE_ADMIN_EMAIL, as an invitation and never with a default password. Runs
 * in a transaction that is rolled back, so the shared database keeps whatever admins other tests made.
 */
@TempleIntegrationTest
class FirstAdminIntegrationTest {

    @Autowired
    Members members;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void withNoAdminTheConfiguredAddressIsInvitedAsAdminWithoutAPassword() {
        String email = TestMembers.newAddress("first-admin");
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from account_role where role = 'ADMIN'").update();
            jdbc.sql("delete from account_staff_invitation where role = 'ADMIN'").update();

            new FirstAdmin(members, invitations, email).run(null);

            Member invited = members.byEmail(email).orElseThrow();
            assertThat(invited.roles()).as("admin only once she accepts").doesNotContain(Role.ADMIN);
            assertThat(invitations.adminInvitationOpen()).isTrue();
            assertThat(invited.passwordHash()).as("no default password").isNull();

            String again = TestMembers.newAddress("first-admin-again");
            new FirstAdmin(members, invitations, again).run(null);
            assertThat(members.byEmail(again)).as("not invited again while her link works").isEmpty();
            status.setRollbackOnly();
        });
        // the invitation was queued in the transaction, so it went with the rollback
        assertThat(new Letters(outbox).latest(email, LetterKind.STAFF_INVITATION)).isEmpty();
    }

    @Test
    void onceAnAdminExistsTheSettingDoesNothing() {
        String email = TestMembers.newAddress("second-admin");
        transaction.executeWithoutResult(status -> {
            new FirstAdmin(members, invitations, TestMembers.newAddress("someone")).run(null);
            new FirstAdmin(members, invitations, email).run(null);

            assertThat(members.byEmail(email)).isEmpty();
            status.setRollbackOnly();
        });
        assertThat(new Letters(outbox).latest(email, LetterKind.STAFF_INVITATION)).isEmpty();
    }
}

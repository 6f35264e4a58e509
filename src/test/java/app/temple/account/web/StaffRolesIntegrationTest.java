package app.temple.account.web;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff roles: granted when the invitation is accepted, revoked by an admin (confirmed, logged, sessions ended). */
@TempleIntegrationTest
class StaffRolesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private UUID idOf(String email) {
        return jdbc.sql("select member_id from account_member where email = ?").param(email).query(UUID.class).single();
    }

    private List<String> rolesOf(UUID member) {
        return jdbc.sql("select role from account_role where member_id = ? order by role").param(member).query(String.class).list();
    }

    private List<String> events(UUID member, String kind) {
        return jdbc.sql("select coalesce(detail, '') from account_security_event where member_id = ? and kind = ?")
                .params(member, kind).query(String.class).list();
    }

    private Visitor admin() {
        Visitor admin = new Visitor(port);
        Editors.signIn(admin, Role.ADMIN, invitations, outbox);
        return admin;
    }

    @Test
    void anInvitedAddressHoldsNoRoleUntilTheInvitationIsAccepted() {
        String email = TestMembers.newAddress("invited");
        invitations.invite(email, Role.PRACTITIONER, Locale.ENGLISH);
        UUID invited = idOf(email);

        assertThat(rolesOf(invited)).doesNotContain("PRACTITIONER", "ADMIN", "EDITOR");
        assertThat(events(invited, "ROLE_GRANTED")).isEmpty();
        assertThat(invitations.invited()).anyMatch(pending -> pending.email().equals(email) && pending.role() == Role.PRACTITIONER);
        Visitor admin = admin();
        String page = admin.get("/admin/staff").body();
        assertThat(page).contains("Invited, not yet accepted");

        String link = new Letters(outbox).link(email, LetterKind.STAFF_INVITATION);
        Visitor visitor = new Visitor(port);
        visitor.get(link);
        assertThat(redirectPath(visitor.post("/invitation", "token", link.substring(link.indexOf("token=") + 6),
                "displayName", "Practitioner", "password", TestMembers.PASSWORD))).startsWith("/sign-in");

        assertThat(rolesOf(invited)).contains("PRACTITIONER");
        assertThat(events(invited, "ROLE_GRANTED")).containsExactly("PRACTITIONER");
        assertThat(invitations.invited()).noneMatch(pending -> pending.email().equals(email));
    }

    @Test
    void anAdminRevokesARoleAfterConfirmingItIsLoggedAndHerSessionsEnd() {
        Visitor editor = new Visitor(port);
        UUID editorId = idOf(Editors.signIn(editor, Role.EDITOR, invitations, outbox));
        assertThat(editor.get("/editor/journal").statusCode()).isEqualTo(200);
        Visitor admin = admin();
        assertThat(admin.get("/admin/staff").body()).contains("value=\"" + editorId + "\"");

        HttpResponse<String> ask = admin.post("/admin/staff/revoke", "member", editorId.toString(), "role", "EDITOR");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Revoke the role Editor from Editor?", "name=\"confirmed\" value=\"yes\"");
        assertThat(rolesOf(editorId)).as("asking is not doing").contains("EDITOR");

        HttpResponse<String> done = admin.post("/admin/staff/revoke", "member", editorId.toString(), "role", "EDITOR", "confirmed", "yes");

        assertThat(redirectPath(done)).isEqualTo("/admin/staff?revoked");
        assertThat(rolesOf(editorId)).doesNotContain("EDITOR");
        assertThat(events(editorId, "ROLE_REVOKED")).containsExactly("EDITOR");
        assertThat(redirectPath(editor.get("/editor/journal"))).as("her session ended").isEqualTo("/sign-in");
        assertThat(admin.post("/admin/staff/revoke", "member", editorId.toString(), "role", "EDITOR", "confirmed", "yes")
                .statusCode()).as("a role she no longer holds").isEqualTo(404);
    }

    @Test
    void revokingAsksForAnAdminAndItsCsrfTokenAndAClearRole() {
        Visitor editor = new Visitor(port);
        UUID editorId = idOf(Editors.signIn(editor, Role.EDITOR, invitations, outbox));
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("not-admin"));
        member.get("/account/privacy");

        assertThat(member.post("/admin/staff/revoke", "member", editorId.toString(), "role", "EDITOR", "confirmed", "yes")
                .statusCode()).isEqualTo(403);
        editor.get("/account/privacy");
        assertThat(editor.post("/admin/staff/revoke", "member", editorId.toString(), "role", "EDITOR", "confirmed", "yes")
                .statusCode()).as("staff, but not an admin").isEqualTo(403);
        Visitor admin = admin();
        admin.get("/admin/staff");
        assertThat(admin.post("/admin/staff/revoke", "_csrf", "forged", "member", editorId.toString(), "role", "EDITOR",
                "confirmed", "yes").statusCode()).as("without its CSRF token").isEqualTo(403);
        admin.get("/admin/staff");
        assertThat(admin.post("/admin/staff/revoke", "member", editorId.toString(), "role", "MEMBER", "confirmed", "yes")
                .statusCode()).isEqualTo(400);
        assertThat(admin.post("/admin/staff/revoke", "member", "not-an-id", "role", "EDITOR", "confirmed", "yes")
                .statusCode()).isEqualTo(400);

        assertThat(rolesOf(editorId)).contains("EDITOR");
        assertThat(events(editorId, "ROLE_REVOKED")).isEmpty();
    }

    @Test
    void theLastAdminCannotGiveUpTheAdminRole() {
        Visitor admin = new Visitor(port);
        UUID last = idOf(Editors.signIn(admin, Role.ADMIN, invitations, outbox));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from account_role where role = 'ADMIN' and member_id <> ?").param(last).update();

            assertThat(invitations.revoke(last, Role.ADMIN)).isEqualTo(StaffInvitations.Revocation.LAST_ADMIN);
            assertThat(rolesOf(last)).contains("ADMIN");
            status.setRollbackOnly();
        });
    }
}

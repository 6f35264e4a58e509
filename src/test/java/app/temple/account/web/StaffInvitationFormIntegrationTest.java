package app.temple.account.web;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin's invitation goes only to one plain address; anything else is shown back with the reason. */
@TempleIntegrationTest
class StaffInvitationFormIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    private Visitor admin;

    @BeforeEach
    void signIn() {
        admin = new Visitor(port);
        Editors.signIn(admin, Role.ADMIN, invitations, outbox);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no address", "@example.com", "two@@example.com", "someone@example", "some one@example.com"})
    void anythingButOnePlainAddressIsRefusedAndKept(String typed) {
        int before = invitationCount();

        HttpResponse<String> response = admin.post("/admin/staff", "email", typed, "role", "EDITOR");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("role=\"alert\"", "value=\"" + typed + "\"");
        assertThat(invitationCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"new.editor@example.com", "  spaced.editor@example.com "})
    void aPlainAddressIsInvited(String typed) {
        HttpResponse<String> response = admin.post("/admin/staff", "email", typed.replace("editor", "editor" + System.nanoTime()),
                "role", "EDITOR");

        assertThat(response.statusCode()).isEqualTo(302);
    }

    private int invitationCount() {
        return jdbc.sql("select count(*) from account_token").query(Integer.class).single();
    }
}

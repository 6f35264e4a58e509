package app.temple.journal;

import app.temple.Letters;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;

import java.util.Locale;
import java.util.UUID;

/** Makes staff members for Journal tests the way a real one arrives: invited, signed in, authenticator app on. */
public final class Editors {

    public static final String PASSWORD = TestMembers.PASSWORD;

    private Editors() {
    }

    /** A new staff member of this role and her email address, signed in with the second factor in {@code visitor}. */
    public static String signIn(Visitor visitor, Role role, StaffInvitations invitations, Outbox outbox) {
        String email = "journal-" + role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        invitations.invite(email, role, Locale.ENGLISH);
        String link = new Letters(outbox).link(email, LetterKind.STAFF_INVITATION);
        visitor.get(link);
        visitor.post("/invitation", "token", link.substring(link.indexOf("token=") + 6), "displayName", "Editor", "password", PASSWORD);
        visitor.submit("/sign-in", "/sign-in", "email", email, "password", PASSWORD);
        TestMembers.setUpAuthenticator(visitor);
        return email;
    }

    /** The secret from an enrolment page, for a browser test. */
    public static String code(String secret) {
        return TestMembers.totpCode(secret);
    }

    /** An article source with the given slug and body word. */
    public static String source(String slug, String title, String body) {
        return """
                ---
                title: %s
                slug: %s
                language: en
                author: temple-editorial
                tags: [Editor tests]
                summary: A test article written in the editor.
                reviewed-by: Temple editorial team
                citations:
                  - key: k
                    text: A source.
                ---
                %s [@k]
                """.formatted(title, slug, body);
    }
}

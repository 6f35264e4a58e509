package app.temple;

import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import dev.samstevens.totp.code.DefaultCodeGenerator;

import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Members as tests need them: a fresh address, signed up and confirmed by the emailed link, signed in. */
public final class TestMembers {

    public static final String PASSWORD = "velvet harbour lantern orbit";

    private final int port;
    private final Letters letters;

    public TestMembers(int port, Outbox outbox) {
        this.port = port;
        this.letters = new Letters(outbox);
    }

    /** Members of the running application of {@code context}: its port and its outbox. */
    public static TestMembers of(org.springframework.context.ApplicationContext context) {
        return new TestMembers(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class),
                context.getBean(Outbox.class));
    }

    public static String newAddress(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public Letters letters() {
        return letters;
    }

    /** Signs up as "Robin" and confirms the address by the link in the letter. */
    public Visitor confirmed(String email) {
        Visitor visitor = new Visitor(port);
        assertThat(redirectPath(visitor.submit("/sign-up", "/sign-up",
                "email", email, "displayName", "Robin", "password", PASSWORD))).isEqualTo("/sign-up/check-email");
        assertThat(letters.confirmAddress(visitor, email).body()).contains("Your email address is confirmed");
        return visitor;
    }

    /** A member's id, found by her address. */
    public static java.util.UUID idOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, String email) {
        return jdbc.sql("select member_id from account_member where email_key = ?").param(email).query(java.util.UUID.class).single();
    }

    /** Confirms it is her (her password again), as a change to how she signs in asks first. */
    public static void confirmAgain(Visitor visitor) {
        visitor.submit("/account/confirm", "/account/confirm", "next", "/account", "password", PASSWORD);
    }

    /** Turns on her authenticator app (her password confirmed first, as the page asks); returns the app's secret. */
    public static String enrolAuthenticator(Visitor signedIn) {
        confirmAgain(signedIn);
        return setUpAuthenticator(signedIn);
    }

    /**
     * The authenticator set-up page, once she may open it (her password confirmed, or a staff member's first sign-in):
     * reads its secret, sends the code her app would show, and sees the app on; returns the secret.
     */
    public static String setUpAuthenticator(Visitor visitor) {
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>")
                .matcher(visitor.get("/account/security/totp").body());
        assertThat(secret.find()).as("the set-up key on the page").isTrue();
        assertThat(visitor.post("/account/security/totp", "code", totpCode(secret.group(1))).body())
                .contains("The authenticator app is on.");
        return secret.group(1);
    }

    /** A confirmed member, signed in with her password. */
    public Visitor signedIn(String email) {
        Visitor visitor = confirmed(email);
        assertThat(redirectPath(signIn(visitor, email, PASSWORD))).isEqualTo("/account");
        return visitor;
    }

    public static java.net.http.HttpResponse<String> signIn(Visitor visitor, String email, String password) {
        return visitor.submit("/sign-in", "/sign-in", "email", email, "password", password);
    }

    /**
     * A staff member: invited with {@code role}, accepted as "Staff ROLE", signed in, and made to enrol her
     * authenticator app first, as every staff account must.
     */
    public Visitor staff(String email, app.temple.account.Role role, app.temple.account.internal.StaffInvitations invitations) {
        invitations.invite(email, role, java.util.Locale.ENGLISH);
        Visitor visitor = new Visitor(port);
        String link = letters.link(email, LetterKind.STAFF_INVITATION);
        visitor.get(link);
        visitor.post("/invitation", "token", link.substring(link.indexOf("token=") + 6), "displayName", "Staff " + role,
                "password", PASSWORD);
        assertThat(redirectPath(signIn(visitor, email, PASSWORD)))
                .as("staff must enrol an authenticator app first").isEqualTo("/account/security/totp");
        assertThat(redirectPath(visitor.get("/account"))).isEqualTo("/account/security/totp");
        setUpAuthenticator(visitor);
        return visitor;
    }

    /** The token in the link of her latest letter of this kind. */
    public String token(String email, LetterKind kind) {
        String link = letters.link(email, kind);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The code an authenticator app shows now for this secret. */
    /**
     * A code her app would show now, never one given before for the same secret: Temple takes each code once, and
     * accepts the neighbouring 30-second steps for clock drift, so a test may give two codes (this step's and the
     * next one's) before it has to wait for the clock.
     */
    public static synchronized String totpCode(String secret) {
        long now = System.currentTimeMillis() / 1000 / 30;
        // the current step first, never the previous one: a code of the previous step could expire in flight
        long step = Math.max(now, USED_STEPS.getOrDefault(secret, Long.MIN_VALUE) + 1);
        while (step > System.currentTimeMillis() / 1000 / 30 + 1) {
            sleepBriefly();
        }
        USED_STEPS.put(secret, step);
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Map<String, Long> USED_STEPS = new java.util.HashMap<>();

    private static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

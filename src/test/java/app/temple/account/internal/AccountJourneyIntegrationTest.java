package app.temple.account.internal;

import app.temple.Letters;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class AccountJourneyIntegrationTest {

    static final String PASSWORD = TestMembers.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    private TestMembers members() {
        return new TestMembers(port, outbox);
    }

    private Letters letters() {
        return members().letters();
    }

    static String newAddress() {
        return TestMembers.newAddress("member");
    }

    Visitor confirmedMember(String email) {
        return members().confirmed(email);
    }

    static HttpResponse<String> signIn(Visitor visitor, String email, String password) {
        return TestMembers.signIn(visitor, email, password);
    }

    /** Asks for a reset link as a new visitor; returns her and the link's token. */
    private java.util.Map.Entry<Visitor, String> requestReset(String email) {
        Visitor visitor = new Visitor(port);
        visitor.submit("/password-reset", "/password-reset", "email", email);
        return java.util.Map.entry(visitor, members().token(email, LetterKind.PASSWORD_RESET));
    }

    @Test
    void signUpConfirmSignInAndOut() {
        String email = newAddress();
        Visitor visitor = confirmedMember(email);

        HttpResponse<String> signedIn = signIn(visitor, email, PASSWORD);
        assertThat(redirectPath(signedIn)).isEqualTo("/account");
        assertThat(visitor.get("/account").body()).contains("Hello, Robin", email);

        visitor.get("/account");
        assertThat(redirectPath(visitor.post("/sign-out"))).startsWith("/");
        assertThat(redirectPath(visitor.get("/account"))).isEqualTo("/sign-in");
    }

    @Test
    void anUnconfirmedAddressCannotSignInAndGetsTheGenericError() {
        String email = newAddress();
        new Visitor(port).submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "password", PASSWORD);

        assertThat(redirectPath(signIn(new Visitor(port), email, PASSWORD))).isEqualTo("/sign-in?error");
    }

    @Test
    void unknownAccountAndWrongPasswordGetTheSameAnswer() {
        String email = newAddress();
        confirmedMember(email);
        Visitor visitor = new Visitor(port);

        String wrongPassword = redirectPath(signIn(visitor, email, "not the right password at all"));
        String unknown = redirectPath(signIn(visitor, newAddress(), "not the right password at all"));

        assertThat(wrongPassword).isEqualTo(unknown).isEqualTo("/sign-in?error");
        assertThat(visitor.get(unknown).body()).contains("don't match an account");
    }

    @Test
    void badSignUpInputGetsClearMessagesAndKeepsWhatWasTyped() {
        Visitor visitor = new Visitor(port);
        HttpResponse<String> response = visitor.submit("/sign-up", "/sign-up",
                "email", "not-an-address", "displayName", "Robin", "password", "password");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Please enter an email address", "too common",
                "value=\"not-an-address\"", "value=\"Robin\"", "aria-invalid=\"true\"")
                .doesNotContain("value=\"password\"");
    }

    @Test
    void signingUpWithATakenAddressLooksTheSameAndSendsNothing() {
        String email = newAddress();
        confirmedMember(email);
        long lettersBefore = letters().count(email);

        HttpResponse<String> again = new Visitor(port).submit("/sign-up", "/sign-up",
                "email", email, "displayName", "Someone", "password", "another fine long passphrase");

        assertThat(redirectPath(again)).isEqualTo("/sign-up/check-email");
        assertThat(letters().count(email)).isEqualTo(lettersBefore);
    }

    @Test
    void repeatedFailuresLockTheAccountWithAClearWaitEvenForTheRightPassword() {
        String email = newAddress();
        confirmedMember(email);
        Visitor attacker = new Visitor(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(redirectPath(signIn(attacker, email, "wrong guess number " + attempt))).isEqualTo("/sign-in?error");
        }

        String fifth = redirectPath(signIn(attacker, email, "wrong guess number 5"));
        HttpResponse<String> rightPasswordNow = signIn(new Visitor(port), email, PASSWORD);

        assertThat(fifth).matches("/sign-in\\?wait=\\d+");
        assertThat(attacker.get(fifth).body()).containsPattern("try again in \\d+ minutes");
        // the limit is used up: the next attempt is refused before its password is looked at
        assertThat(rightPasswordNow.statusCode()).isEqualTo(429);
        assertThat(rightPasswordNow.headers().firstValue("Retry-After")).isPresent();
        assertThat(jdbc.sql("select count(*) from account_security_event e join account_member m using (member_id) "
                + "where m.email_key = ? and e.kind = 'SIGN_IN_FAILED'").param(email).query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void aPasswordResetLinkWorksOnceAndForThirtyMinutes() {
        String email = newAddress();
        confirmedMember(email);
        var reset0 = requestReset(email);
        Visitor visitor = reset0.getKey();
        String token = reset0.getValue();
        String link = "/password-reset/new?token=" + token;

        assertThat(jdbc.sql("select extract(epoch from expires_at - now()) / 60 from account_token where token_hash = ?")
                .param(Tokens.hash(token)).query(Double.class).single()).isBetween(29.0, 30.0);

        visitor.get(link);
        HttpResponse<String> reset = visitor.post("/password-reset/new", "token", token, "password", "a brand new long passphrase");
        assertThat(redirectPath(reset)).isEqualTo("/sign-in?reset");
        assertThat(redirectPath(signIn(new Visitor(port), email, "a brand new long passphrase"))).isEqualTo("/account");

        HttpResponse<String> reused = visitor.post("/password-reset/new", "token", token, "password", "yet another long passphrase");
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(visitor.get(link).body()).contains("This link no longer works");
    }

    @Test
    void anExpiredResetLinkIsRefused() {
        String email = newAddress();
        confirmedMember(email);
        var request = requestReset(email);
        Visitor visitor = request.getKey();
        String token = request.getValue();
        String link = "/password-reset/new?token=" + token;
        jdbc.sql("update account_token set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(Tokens.hash(token)).update();

        assertThat(visitor.get(link).body()).contains("This link no longer works");
        assertThat(visitor.post("/password-reset/new", "token", token, "password", "a brand new long passphrase").statusCode())
                .isEqualTo(410);
    }

    @Test
    void signingInGivesANewSessionId() {
        String email = newAddress();
        Visitor visitor = confirmedMember(email);
        signIn(visitor, email, PASSWORD);
        String first = visitor.cookie("temple_session").orElseThrow();

        signIn(visitor, email, PASSWORD);
        String second = visitor.cookie("temple_session").orElseThrow();

        assertThat(second).isNotEqualTo(first);
        Visitor holderOfTheOldId = new Visitor(port);
        holderOfTheOldId.get("/");
        assertThat(sessionRows(first)).isZero();
    }

    @Test
    void withAnAuthenticatorAppSignInNeedsTheCodeAndAResetDoesNotBypassIt() {
        String email = newAddress();
        Visitor visitor = confirmedMember(email);
        signIn(visitor, email, PASSWORD);
        String secret = enableTotp(visitor);

        Visitor later = new Visitor(port);
        assertThat(redirectPath(signIn(later, email, PASSWORD))).isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(later.get("/account"))).isEqualTo("/sign-in/second-factor");
        String halfway = later.cookie("temple_session").orElseThrow();
        assertThat(later.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", "000000").statusCode()).isEqualTo(422);
        assertThat(redirectPath(later.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", code(secret))))
                .isEqualTo("/account");
        assertThat(later.cookie("temple_session").orElseThrow()).as("a new session id after the second factor").isNotEqualTo(halfway);
        assertThat(later.get("/account").statusCode()).isEqualTo(200);

        var reset = requestReset(email);
        Visitor forgetful = reset.getKey();
        forgetful.get("/password-reset/new?token=" + reset.getValue());
        forgetful.post("/password-reset/new", "token", reset.getValue(), "password", "a brand new long passphrase");
        assertThat(redirectPath(signIn(forgetful, email, "a brand new long passphrase"))).isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(forgetful.get("/account"))).isEqualTo("/sign-in/second-factor");
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        String email = newAddress();
        Visitor visitor = confirmedMember(email);
        signIn(visitor, email, PASSWORD);
        enableTotp(visitor);
        Matcher codes = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>").matcher(visitor.lastBody());
        assertThat(codes.find()).isTrue();
        String recovery = codes.group(1);

        Visitor first = new Visitor(port);
        signIn(first, email, PASSWORD);
        assertThat(redirectPath(first.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", recovery))).isEqualTo("/account");
        Visitor second = new Visitor(port);
        signIn(second, email, PASSWORD);
        assertThat(second.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", recovery).statusCode()).isEqualTo(422);
    }

    @Test
    void aMemberSeesHerSessionsAndEndsTheOthers() {
        String email = newAddress();
        Visitor laptop = confirmedMember(email);
        signIn(laptop, email, PASSWORD);
        Visitor phone = new Visitor(port);
        signIn(phone, email, PASSWORD);

        String list = laptop.get("/account/sessions").body();
        assertThat(list.split("Last active", -1)).hasSize(3);
        assertThat(list).contains("This device");

        laptop.post("/account/sessions/end-others");

        assertThat(redirectPath(phone.get("/account"))).isEqualTo("/sign-in");
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void changingThePasswordAsksForItAgainFirst() {
        String email = newAddress();
        Visitor visitor = confirmedMember(email);
        signIn(visitor, email, PASSWORD);

        assertThat(redirectPath(visitor.get("/account/security/password"))).startsWith("/account/confirm?next=");
        assertThat(visitor.submit("/account/confirm?next=/account/security/password", "/account/confirm",
                "next", "/account/security/password", "password", "wrong").statusCode()).isEqualTo(422);
        assertThat(redirectPath(visitor.submit("/account/confirm?next=/account/security/password", "/account/confirm",
                "next", "/account/security/password", "password", PASSWORD))).isEqualTo("/account/security/password");
        assertThat(redirectPath(visitor.submit("/account/security/password", "/account/security/password",
                "password", "a brand new long passphrase"))).isEqualTo("/account/settings?saved=password");
        assertThat(redirectPath(signIn(new Visitor(port), email, "a brand new long passphrase"))).isEqualTo("/account");
    }

    @Test
    void changingTheEmailAsksForThePasswordConfirmsTheNewAddressAndTellsTheOldOne() {
        String email = newAddress();
        String newEmail = newAddress();
        Visitor visitor = confirmedMember(email);
        signIn(visitor, email, PASSWORD);

        assertThat(redirectPath(visitor.get("/account/security/email"))).startsWith("/account/confirm?next=");
        visitor.submit("/account/confirm?next=/account/security/email", "/account/confirm",
                "next", "/account/security/email", "password", PASSWORD);
        assertThat(visitor.submit("/account/security/email", "/account/security/email", "email", "nonsense").statusCode())
                .isEqualTo(422);
        assertThat(visitor.submit("/account/security/email", "/account/security/email", "email", newEmail).body())
                .contains("Check the new inbox");
        assertThat(redirectPath(signIn(new Visitor(port), newEmail, PASSWORD))).as("not yet confirmed").isEqualTo("/sign-in?error");

        String link = letters().link(newEmail, LetterKind.VERIFY_EMAIL);
        assertThat(visitor.get(link).body()).as("opening the link changes nothing yet").doesNotContain("has been changed");
        assertThat(redirectPath(signIn(new Visitor(port), newEmail, PASSWORD))).isEqualTo("/sign-in?error");
        assertThat(visitor.post("/verify-email/change", "token", link.substring(link.indexOf("token=") + 6)).body())
                .contains("has been changed");

        assertThat(redirectPath(signIn(new Visitor(port), newEmail, PASSWORD))).isEqualTo("/account");
        assertThat(redirectPath(signIn(new Visitor(port), email, PASSWORD))).isEqualTo("/sign-in?error");
        assertThat(letters().latest(email, LetterKind.SECURITY_CHANGE)).isPresent();
    }

    @Test
    void lettersFollowHerLanguageChoice() {
        String email = newAddress();
        Visitor visitor = members().signedIn(email);

        visitor.get("/account?lang=sv");
        new Visitor(port).submit("/password-reset", "/password-reset", "email", email);

        assertThat(letters().latest(email, LetterKind.PASSWORD_RESET).orElseThrow().locale().getLanguage()).isEqualTo("sv");
    }

    @Test
    void theConfirmationPageNeverRedirectsElsewhere() {
        assertThat(app.temple.account.web.AccountControllerSafety.safe("//evil.example/x")).isEqualTo("/account");
        assertThat(app.temple.account.web.AccountControllerSafety.safe("https://evil.example")).isEqualTo("/account");
        assertThat(app.temple.account.web.AccountControllerSafety.safe("/account/security/totp")).isEqualTo("/account/security/totp");
    }

    private String enableTotp(Visitor visitor) {
        assertThat(redirectPath(visitor.get("/account/security/totp"))).as("turning the app on asks for her password first")
                .startsWith("/account/confirm");
        return TestMembers.enrolAuthenticator(visitor);
    }

    static String code(String secret) {
        return TestMembers.totpCode(secret);
    }

    private int sessionRows(String cookieValue) {
        String id = new String(java.util.Base64.getDecoder().decode(cookieValue));
        return jdbc.sql("select count(*) from spring_session where session_id = ?").param(id).query(Integer.class).single();
    }
}

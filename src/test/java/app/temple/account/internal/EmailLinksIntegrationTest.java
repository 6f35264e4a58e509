package app.temple.account.internal;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static app.temple.TestMembers.PASSWORD;
import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links Temple emails, followed the way she follows them: the sign-in link (finding 4: it used to open the
 * request form again), the sign-in link request for addresses with no account (finding 8: it used to answer 500),
 * and the confirmation link, which a mail scanner opening it must not use up.
 */
@TempleIntegrationTest
class EmailLinksIntegrationTest {

    private static final String SENT = "/sign-in/link/sent";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;

    private TestMembers members() {
        return new TestMembers(port, outbox);
    }

    private Letters letters() {
        return members().letters();
    }

    private HttpResponse<String> requestLink(Visitor visitor, String address) {
        return visitor.submit("/sign-in/link", "/sign-in/link", "username", address);
    }

    @Test
    void theEmailedLinkSignsInAMemberWithoutASecondFactor() {
        String email = TestMembers.newAddress("link");
        members().confirmed(email);
        Visitor visitor = new Visitor(port);

        assertThat(redirectPath(requestLink(visitor, email))).isEqualTo(SENT);
        String link = letters().link(email, LetterKind.SIGN_IN_LINK);
        assertThat(link).startsWith("/sign-in/link/use?token=");
        HttpResponse<String> page = visitor.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/sign-in/link/use\"");
        assertThat(redirectPath(visitor.get("/account"))).as("opening the link alone signs nobody in").isEqualTo("/sign-in");

        visitor.get(link);
        HttpResponse<String> used = visitor.post("/sign-in/link/use", "token", token(link));

        assertThat(redirectPath(used)).isEqualTo("/account");
        assertThat(visitor.get("/account").body()).contains("Hello, Robin", email);
    }

    @Test
    void theEmailedLinkOfAMemberWithAnAuthenticatorAppLeadsToHerSecondFactorOnly() {
        String email = TestMembers.newAddress("link-totp");
        Visitor owner = members().signedIn(email);
        String secret = TestMembers.enrolAuthenticator(owner);
        Visitor visitor = new Visitor(port);

        requestLink(visitor, email);
        String link = letters().link(email, LetterKind.SIGN_IN_LINK);
        visitor.get(link);
        HttpResponse<String> used = visitor.post("/sign-in/link/use", "token", token(link));

        assertThat(redirectPath(used)).isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(visitor.get("/account"))).isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(visitor.submit("/sign-in/second-factor", "/sign-in/second-factor",
                "code", TestMembers.totpCode(secret)))).isEqualTo("/account");
        assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aLinkWorksOnce() {
        String email = TestMembers.newAddress("link-once");
        members().confirmed(email);
        Visitor visitor = new Visitor(port);
        requestLink(visitor, email);
        String link = letters().link(email, LetterKind.SIGN_IN_LINK);
        visitor.get(link);
        visitor.post("/sign-in/link/use", "token", token(link));

        Visitor thief = new Visitor(port);
        thief.get(link);
        assertThat(redirectPath(thief.post("/sign-in/link/use", "token", token(link)))).isEqualTo("/sign-in?expired");
        assertThat(redirectPath(thief.get("/account"))).isEqualTo("/sign-in");
    }

    @Test
    void everyAddressGetsTheSameAnswerAndOnlyAConfirmedAccountALetter() {
        String known = TestMembers.newAddress("link-known");
        members().confirmed(known);
        String unknown = TestMembers.newAddress("link-unknown");
        long knownBefore = letters().count(known);

        for (String address : new String[]{unknown, "  " + known.toUpperCase() + " ", "not an address", "",
                "a@b", "x".repeat(5000) + "@example.com"}) {
            HttpResponse<String> answer = requestLink(new Visitor(port), address);
            assertThat(answer.statusCode()).as("the answer to %s", address).isEqualTo(302);
            assertThat(redirectPath(answer)).as("the answer to %s", address).isEqualTo(SENT);
        }

        assertThat(letters().count(unknown)).isZero();
        assertThat(letters().count(known)).as("spaces and capitals still find her account").isEqualTo(knownBefore + 1);
        assertThat(new Visitor(port).get(SENT).body()).contains("If there is an account for that address");
        // a null byte is refused before any address is looked at, known or not (HostileInputFilter)
        assertThat(requestLink(new Visitor(port), "nul\u0000byte@example.com").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnconfirmedAccountGetsNoSignInLink() {
        String email = TestMembers.newAddress("link-unconfirmed");
        Visitor visitor = new Visitor(port);
        visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "password", PASSWORD);

        assertThat(redirectPath(requestLink(new Visitor(port), email))).isEqualTo(SENT);
        assertThat(letters().latest(email, LetterKind.SIGN_IN_LINK)).isEmpty();
    }

    @Test
    void openingTheConfirmationLinkConfirmsNothingUntilSheConfirms() {
        String email = TestMembers.newAddress("scanner");
        Visitor visitor = new Visitor(port);
        visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "password", PASSWORD);
        String link = letters().link(email, LetterKind.VERIFY_EMAIL);

        HttpResponse<String> scanned = new Visitor(port).get(link);
        assertThat(scanned.statusCode()).isEqualTo(200);
        assertThat(scanned.body()).contains("Confirm your email address", "action=\"/verify-email\"");
        assertThat(redirectPath(TestMembers.signIn(new Visitor(port), email, PASSWORD)))
                .as("still unconfirmed after the scanner").isEqualTo("/sign-in?error");

        assertThat(letters().confirmAddress(visitor, email).body()).contains("Your email address is confirmed");
        assertThat(redirectPath(TestMembers.signIn(new Visitor(port), email, PASSWORD))).isEqualTo("/account");
    }

    @Test
    void openingAPasskeySignUpsLinkSignsNobodyInUntilSheConfirms() {
        String email = TestMembers.newAddress("scanner-passkey");
        Visitor visitor = new Visitor(port);
        visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "method", "passkey");
        String link = letters().link(email, LetterKind.VERIFY_EMAIL);

        Visitor scanner = new Visitor(port);
        scanner.get(link);
        assertThat(redirectPath(scanner.get("/account"))).isEqualTo("/sign-in");

        HttpResponse<String> confirmed = letters().confirmAddress(visitor, email);
        assertThat(redirectPath(confirmed)).isEqualTo("/account/security/passkeys?new");
    }

    @Test
    void theConfirmationLetterDoesNotCarryTheNameSheTyped() {
        String email = TestMembers.newAddress("noname");
        new Visitor(port).submit("/sign-up", "/sign-up", "email", email, "displayName", "Zebulonia", "password", PASSWORD);

        String text = letters().latest(email, LetterKind.VERIFY_EMAIL).orElseThrow().text();
        assertThat(text).startsWith("Hello,").doesNotContain("Zebulonia");
    }

    @Test
    void aResetForAnUnknownAddressLooksLikeOneForAKnownAddress() {
        String known = TestMembers.newAddress("reset-known");
        members().confirmed(known);
        String unknown = TestMembers.newAddress("reset-unknown");

        HttpResponse<String> forKnown = new Visitor(port).submit("/password-reset", "/password-reset", "email", known);
        HttpResponse<String> forUnknown = new Visitor(port).submit("/password-reset", "/password-reset", "email", unknown);

        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
        assertThat(redirectPath(forUnknown)).isEqualTo(redirectPath(forKnown));
        assertThat(letters().latest(known, LetterKind.PASSWORD_RESET)).isPresent();
        assertThat(letters().count(unknown)).isZero();
    }

    @Test
    void aResetLetterGreetsByNameOnlyAConfirmedAccount() {
        String unconfirmed = TestMembers.newAddress("reset-unconfirmed");
        new Visitor(port).submit("/sign-up", "/sign-up", "email", unconfirmed, "displayName", "Quintessa", "password", PASSWORD);
        String confirmed = TestMembers.newAddress("reset-confirmed");
        members().confirmed(confirmed);

        new Visitor(port).submit("/password-reset", "/password-reset", "email", unconfirmed);
        new Visitor(port).submit("/password-reset", "/password-reset", "email", confirmed);

        assertThat(letters().latest(unconfirmed, LetterKind.PASSWORD_RESET).orElseThrow().text())
                .startsWith("Hello,").doesNotContain("Quintessa");
        assertThat(letters().latest(confirmed, LetterKind.PASSWORD_RESET).orElseThrow().text()).startsWith("Hello Robin,");
    }

    @Test
    void aResetForAnOddAddressAnswersLikeAnyOther() {
        for (String address : new String[]{"not an address", "", "x".repeat(5000)}) {
            HttpResponse<String> answer = new Visitor(port).submit("/password-reset", "/password-reset", "email", address);

            assertThat(answer.statusCode()).as("the answer to %s", address).isEqualTo(302);
            assertThat(redirectPath(answer)).isEqualTo("/password-reset/sent");
        }
        assertThat(new Visitor(port).submit("/password-reset", "/password-reset", "email", "nul\u0000byte@example.com")
                .statusCode()).as("a null byte, refused before any lookup").isEqualTo(400);
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}

package app.temple.account;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.QuizTaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of the outside review on the second factor, replayed: each one starts from her password alone (or from
 * an old code) and must now get nowhere. Findings 1 and 3 of Step 5; finding 2 (passkeys) is the browser test
 * PasskeyJourneyBrowserTest.aPasswordAloneCannotAddAPasskey.
 */
@TempleIntegrationTest
class SecondFactorBypassIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>");
    private static final Pattern CODES = Pattern.compile("<li><code>([a-z0-9-]{11})</code></li>");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    /** Finding 1: the authenticator page, asked with the password alone, shows nothing and changes nothing. */
    @Test
    void aPasswordAloneCannotReadHerAuthenticatorSecretNorReplaceHerRecoveryCodes() {
        Enrolled her = enrolled();
        List<String> codesBefore = recoveryCodeHashes(her.id);
        Visitor attacker = firstFactorOnly(her.email);

        HttpResponse<String> wrongCode = attacker.post("/account/security/totp", "code", "000000");
        assertThat(redirectPath(wrongCode)).as("a wrong code on the enrolment form").isEqualTo("/sign-in/second-factor");
        assertThat(wrongCode.body()).doesNotContain(her.secret).doesNotContain("data:image/png");
        HttpResponse<String> page = attacker.get("/account/security/totp");
        assertThat(redirectPath(page)).isEqualTo("/sign-in/second-factor");
        assertThat(page.body()).doesNotContain(her.secret);

        HttpResponse<String> rightCode = attacker.post("/account/security/totp", "code", TestMembers.totpCode(her.secret));
        assertThat(redirectPath(rightCode)).as("even with a code from her app, enrolment is not a way in").isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(attacker.get("/account"))).isEqualTo("/sign-in/second-factor");
        assertThat(recoveryCodeHashes(her.id)).as("her recovery codes are untouched").isEqualTo(codesBefore);
    }

    /** Even a complete sign-in never sees an active secret again, and a code cannot re-enrol over the app that is on. */
    @Test
    void anActiveSecretIsNeverShownAgainAndCannotBeEnrolledOver() {
        Enrolled her = enrolled();
        List<String> codesBefore = recoveryCodeHashes(her.id);

        HttpResponse<String> wrongCode = her.session.post("/account/security/totp", "code", "000000");
        assertThat(redirectPath(wrongCode)).isEqualTo("/account/security/totp");
        assertThat(wrongCode.body()).doesNotContain(her.secret);
        assertThat(her.session.get("/account/security/totp").body()).doesNotContain(her.secret);

        HttpResponse<String> again = her.session.post("/account/security/totp", "code", TestMembers.totpCode(her.secret));
        assertThat(again.body()).doesNotContain("Your recovery codes");
        assertThat(recoveryCodeHashes(her.id)).isEqualTo(codesBefore);
    }

    /** Finding 3: keeping a result and inviting a partner need the whole sign-in; nothing is stored in her name. */
    @Test
    void aPasswordAloneCannotSaveAResultNorInviteAPartner() {
        Enrolled her = enrolled();
        Visitor attacker = firstFactorOnly(her.email);
        String result = new QuizTaker(attacker).take("communication-style",
                "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "5", "5", "5", "1", "yes").body();
        List<String> fields = new ArrayList<>(QuizTaker.hidden(result));
        fields.addAll(List.of("consent", "yes"));

        assertThat(redirectPath(attacker.post("/quizzes/communication-style/save", fields.toArray(String[]::new))))
                .isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(attacker.post("/quizzes/communication-style/partner", fields.toArray(String[]::new))))
                .isEqualTo("/sign-in/second-factor");
        assertThat(count("select count(*) from quiz_result where member_id = ?", her.id)).isZero();
        assertThat(count("select count(*) from quiz_partner_link where member_id = ?", her.id)).isZero();
        assertThat(count("select count(*) from account_consent where member_id = ?", her.id)).isZero();
    }

    /** A code her app showed works once: seen over her shoulder, it signs nobody else in. */
    @Test
    void aCodeThatSignedHerInCannotBeGivenAgain() {
        Enrolled her = enrolled();
        String code = TestMembers.totpCode(her.secret);
        Visitor first = firstFactorOnly(her.email);
        assertThat(redirectPath(first.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", code))).isEqualTo("/account");

        Visitor second = firstFactorOnly(her.email);
        HttpResponse<String> replayed = second.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", code);
        assertThat(replayed.statusCode()).isEqualTo(422);
        assertThat(redirectPath(second.get("/account"))).isEqualTo("/sign-in/second-factor");
    }

    /** The page she was going to waits behind the second factor: a password alone is not brought there. */
    @Test
    void aPageSheWasGoingToIsReachedOnlyAfterTheSecondFactor() {
        Enrolled her = enrolled();
        String next = "/account/bookings?from=sign-in";
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-in?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(redirectPath(visitor.post("/sign-in", "email", her.email, "password", TestMembers.PASSWORD, "next", next)))
                .isEqualTo("/sign-in/second-factor");
        assertThat(redirectPath(visitor.submit("/sign-in/second-factor", "/sign-in/second-factor", "code",
                TestMembers.totpCode(her.secret)))).isEqualTo(next);
    }

    /** Turning the app off, after confirming: her other sessions end and a discreet letter says what changed. */
    @Test
    void aCredentialChangeEndsHerOtherSessionsAndTellsHer() {
        Enrolled her = enrolled();
        Visitor elsewhere = firstFactorOnly(her.email);
        assertThat(redirectPath(elsewhere.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", TestMembers.totpCode(her.secret)))).isEqualTo("/account");
        long lettersBefore = new Letters(outbox).count(her.email);

        elsewhere.get("/account");
        assertThat(redirectPath(elsewhere.post("/account/security/totp/disable"))).as("not confirmed there")
                .startsWith("/account/confirm");
        her.session.get("/account");
        assertThat(redirectPath(her.session.post("/account/security/totp/disable"))).as("she confirmed a moment ago")
                .isEqualTo("/account/settings?saved=totp-off");

        assertThat(redirectPath(elsewhere.get("/account"))).as("the other session has ended").isEqualTo("/sign-in");
        assertThat(her.session.get("/account").statusCode()).as("hers goes on").isEqualTo(200);
        assertThat(new Letters(outbox).count(her.email)).isEqualTo(lettersBefore + 1);
        assertThat(new Letters(outbox).latest(her.email, LetterKind.SECURITY_CHANGE).orElseThrow().text())
                .contains("second sign-in step");
    }

    /** New recovery codes need a fresh confirmation, replace the old ones, and are shown once. */
    @Test
    void renewingRecoveryCodesAsksAgainAndReplacesTheOldOnes() {
        Enrolled her = enrolled();
        Visitor unconfirmed = firstFactorOnly(her.email);
        unconfirmed.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", TestMembers.totpCode(her.secret));
        unconfirmed.get("/account");
        assertThat(redirectPath(unconfirmed.post("/account/security/totp/recovery-codes"))).startsWith("/account/confirm");
        her.session.get("/account");
        String renewed = her.session.post("/account/security/totp/recovery-codes").body();
        Matcher codes = CODES.matcher(renewed);
        assertThat(codes.find()).as(renewed).isTrue();
        String newCode = codes.group(1);

        Visitor oldCodeUser = firstFactorOnly(her.email);
        assertThat(oldCodeUser.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", her.recoveryCode).statusCode())
                .as("an old recovery code").isEqualTo(422);
        assertThat(redirectPath(oldCodeUser.submit("/sign-in/second-factor", "/sign-in/second-factor", "code", newCode))).isEqualTo("/account");
    }

    private record Enrolled(String email, UUID id, String secret, String recoveryCode, Visitor session) {
    }

    /** A member who turned on her authenticator app, still signed in in the session she did it from. */
    private Enrolled enrolled() {
        String email = TestMembers.newAddress("bypass");
        Visitor session = new TestMembers(port, outbox).signedIn(email);
        TestMembers.confirmAgain(session);
        Matcher secret = SECRET.matcher(session.get("/account/security/totp").body());
        assertThat(secret.find()).isTrue();
        String done = session.post("/account/security/totp", "code", TestMembers.totpCode(secret.group(1))).body();
        Matcher code = CODES.matcher(done);
        assertThat(code.find()).as(done).isTrue();
        UUID id = TestMembers.idOf(jdbc, email);
        return new Enrolled(email, id, secret.group(1), code.group(1), session);
    }

    private Visitor firstFactorOnly(String email) {
        Visitor visitor = new Visitor(port);
        assertThat(redirectPath(TestMembers.signIn(visitor, email, TestMembers.PASSWORD))).isEqualTo("/sign-in/second-factor");
        return visitor;
    }

    private List<String> recoveryCodeHashes(UUID member) {
        return jdbc.sql("select code_hash::text from account_recovery_code where member_id = ? order by 1")
                .param(member).query(String.class).list();
    }

    private long count(String sql, UUID member) {
        return jdbc.sql(sql).param(member).query(Long.class).single();
    }
}

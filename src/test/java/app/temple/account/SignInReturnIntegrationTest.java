package app.temple.account;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.Practitioners;
import app.temple.mail.internal.Outbox;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who chose a time signs in and lands on the confirm page for that time; a "next" that is not a path on
 * this site is ignored, so a crafted sign-in link cannot send her anywhere else.
 */
@TempleIntegrationTest
class SignInReturnIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Practitioners practitioners;

    @Test
    void aVisitorWhoChoseATimeSignsInAndLandsOnItsConfirmPage() {
        TestMembers members = new TestMembers(port, outbox);
        String email = TestMembers.newAddress("returning");
        members.confirmed(email);
        Visitor her = new Visitor(port);
        String slug = BookingFixtures.practitioner(practitioners, "return", 0, 0);

        String week = her.get("/sessions/practitioners/" + slug + "/" + BookingFixtures.LONG + "?zone=Europe/Stockholm").body();
        String link = Jsoup.parse(week).select("a.slot").get(30).attr("href");
        assertThat(link).as("a visitor's time signs her in first").startsWith("/sign-in?next=");
        assertThat(Jsoup.parse(week).select("p.note a").first().attr("href")).as("the page's own sign-in link")
                .isEqualTo("/sign-in?next=" + URLEncoder.encode("/sessions/practitioners/" + slug + "/long?zone=Europe/Stockholm",
                        StandardCharsets.UTF_8));
        String confirm = URLDecoder.decode(link.substring("/sign-in?next=".length()), StandardCharsets.UTF_8);
        assertThat(confirm).startsWith("/sessions/practitioners/" + slug + "/long/confirm?start=");

        String signInPage = her.get(link).body();
        assertThat(Jsoup.parse(signInPage).selectFirst("form[action=/sign-in] input[name=next]").attr("value")).isEqualTo(confirm);
        assertThat(Jsoup.parse(signInPage).selectFirst("[data-passkey-sign-in]").attr("data-next"))
                .as("a passkey sign-in goes back there too (passkeys.js)").isEqualTo(confirm);
        // a wrong password keeps where she was going
        String retry = redirectPath(her.post("/sign-in", "email", email, "password", "not her password", "next", confirm));
        assertThat(retry).isEqualTo("/sign-in?error&next=" + URLEncoder.encode(confirm, StandardCharsets.UTF_8));

        assertThat(redirectPath(her.submit(retry, "/sign-in", "email", email, "password", TestMembers.PASSWORD, "next", confirm)))
                .isEqualTo(confirm);
        assertThat(her.get(confirm).body()).contains("Confirm your session", "(Europe/Stockholm)");
        assertThat(Jsoup.parse(her.get("/sessions/practitioners/" + slug + "/" + BookingFixtures.LONG).body())
                .select("a.slot").get(30).attr("href")).as("a member's time goes straight to confirming").startsWith(
                "/sessions/practitioners/" + slug + "/long/confirm?start=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", "/%0d%0aSet-Cookie:x=1", "/ok\r\nLocation: https://evil.example"})
    void aNextThatIsNotAPathOnThisSiteIsIgnored(String next) {
        TestMembers members = new TestMembers(port, outbox);
        String email = TestMembers.newAddress("not-redirected");
        members.confirmed(email);
        Visitor her = new Visitor(port);
        String page = her.get("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).body();
        boolean kept = SignInReturn.localPath(next).isPresent();
        assertThat(Jsoup.parse(page).select("input[name=next]")).as("the form carries only a local path").hasSize(kept ? 1 : 0);
        assertThat(Jsoup.parse(page).select("[data-next]")).hasSize(kept ? 1 : 0);
        String landed = redirectPath(her.post("/sign-in", "email", email, "password", TestMembers.PASSWORD, "next", next));
        assertThat(landed).isEqualTo(kept ? next : "/account");
        assertThat(landed).doesNotContain("evil.example");
    }

    @Test
    void onlyASingleLeadingSlashWithoutBackslashesOrControlCharactersIsLocal() {
        assertThat(SignInReturn.localPath("/sessions/a/b/confirm?start=2026-01-01T10:00:00Z&zone=UTC")).isPresent();
        assertThat(SignInReturn.localPath("/")).isPresent();
        assertThat(SignInReturn.localPath("//evil.example")).isEmpty();
        assertThat(SignInReturn.localPath("https://evil.example")).isEmpty();
        assertThat(SignInReturn.localPath("/\\evil.example")).isEmpty();
        assertThat(SignInReturn.localPath("/a\nb")).isEmpty();
        assertThat(SignInReturn.localPath("/" + "a".repeat(3000))).isEmpty();
        assertThat(SignInReturn.localPath(null)).isEmpty();
        assertThat(SignInReturn.signInThenReturnTo("https://evil.example")).isEqualTo("/sign-in");
    }
}

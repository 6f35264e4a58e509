package app.temple.quiz;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member and her partner, each in their own browser (cookie jar): invite, both finish, nothing is shown until
 * both reveal, the invitation works once, and withdrawing deletes the shared data.
 */
@TempleIntegrationTest
class PartnerComparisonIntegrationTest {

    static final String PASSWORD = "velvet harbour lantern orbit";
    static final Pattern INVITE = Pattern.compile("value=\"https?://[^/]+(/partner/[A-Za-z0-9_-]+)\"");
    static final Pattern OWN = Pattern.compile("href=\"(/partner/view/[A-Za-z0-9_-]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void inviteBothFinishRevealOnlyWhenBothAgreeWithdrawDeletes() {
        Visitor member = member();
        String result = new QuizTaker(member).take("communication-style",
                "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "5", "5", "5", "1", "yes").body();
        assertThat(result).contains("Steady connector", "Create an invitation link");

        String invited = member.post("/quizzes/communication-style/partner", QuizTaker.hidden(result).toArray(String[]::new)).body();
        Matcher invite = INVITE.matcher(invited);
        assertThat(invite.find()).as(invited).isTrue();
        String invitePath = invite.group(1);
        assertThat(jdbc.sql("select count(*) from quiz_partner_link where invite_hash like ?").param("%" + invitePath.substring(9) + "%")
                .query(Integer.class).single()).as("only a hash of the secret is stored").isZero();

        Visitor partner = new Visitor(port);
        assertThat(partner.get(invitePath).body()).contains("invited you");
        String screen = partner.post(invitePath + "/start").body();
        assertThat(screen).contains("name=\"invite\"");
        List<String> choices = List.of("1", "1", "5", "5", "5", "5", "5", "5", "1", "1", "1", "1", "1", "5", "yes");
        for (String choice : choices) {
            List<String> fields = new ArrayList<>(QuizTaker.hidden(screen));
            fields.addAll(List.of("invite", value(screen, "invite"), "choice", choice, "nav", "next"));
            screen = partner.post("/quizzes/communication-style/answer", fields.toArray(String[]::new)).body();
        }
        Matcher own = OWN.matcher(screen);
        assertThat(own.find()).as(screen).isTrue();
        String partnerPage = own.group(1);

        assertThat(new Visitor(port).get(invitePath).statusCode()).as("the invitation works once").isEqualTo(410);

        String memberPage = "/account/quizzes/partners/" + jdbc.sql("select id from quiz_partner_link order by created_at desc limit 1")
                .query(UUID.class).single();
        assertThat(member.get(memberPage).body()).contains("Both of you have finished").doesNotContain("Heated start");
        assertThat(partner.get(partnerPage).body()).doesNotContain("Steady connector");

        member.get(memberPage);
        member.post(memberPage + "/reveal");
        assertThat(member.get(memberPage).body()).as("one reveal is not enough").doesNotContain("Heated start").contains("You have chosen to show it");
        assertThat(partner.get(partnerPage).body()).doesNotContain("Steady connector");

        partner.get(partnerPage);
        partner.post(partnerPage + "/reveal");
        String comparison = member.get(memberPage).body();
        assertThat(comparison).contains("Steady connector", "Heated start", "Three things to talk about", "Your profiles differ");
        assertThat(partner.get(partnerPage).body()).contains("Steady connector", "Heated start");

        byte[] sealed = jdbc.sql("select partner_result from quiz_partner_link order by created_at desc limit 1").query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("11555555111115");

        assertThat(partner.get(partnerPage).body()).as("a quiet link to a confirmation, no one-click withdraw")
                .contains("href=\"" + partnerPage + "/withdraw\"").doesNotContain("action=\"" + partnerPage + "/withdraw\"");
        String asked = partner.get(partnerPage + "/withdraw").body();
        assertThat(asked).contains("End this comparison?", "action=\"" + partnerPage + "/withdraw\"", "_csrf");
        assertThat(member.get(memberPage).statusCode()).as("asking deletes nothing").isEqualTo(200);
        assertThat(redirectPath(partner.post(partnerPage + "/withdraw"))).isEqualTo("/partner/withdrawn");
        assertThat(member.get(memberPage).statusCode()).as("withdrawn: gone for both").isEqualTo(404);
        assertThat(partner.get(partnerPage).statusCode()).isEqualTo(410);
        assertThat(partner.get(partnerPage + "/withdraw").statusCode()).as("nothing left to confirm").isEqualTo(410);
    }

    @Test
    void invitationsAreRateLimitedAndTheMemberCanWithdraw() {
        Visitor member = member();
        String result = new QuizTaker(member).take("attachment", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "yes").body();
        String[] fields = QuizTaker.hidden(result).toArray(String[]::new);
        for (int i = 0; i < 5; i++) {
            member.get("/quizzes/attachment/questions");
            assertThat(member.post("/quizzes/attachment/partner", fields).statusCode()).isEqualTo(200);
        }
        member.get("/quizzes/attachment/questions");
        HttpResponse<String> limited = member.post("/quizzes/attachment/partner", fields);
        assertThat(limited.statusCode()).isEqualTo(429);

        String list = member.get("/account/quizzes/partners").body();
        Matcher link = Pattern.compile("href=\"(/account/quizzes/partners/[0-9a-f-]+)\"").matcher(list);
        assertThat(link.find()).isTrue();
        member.get(link.group(1));
        assertThat(redirectPath(member.post(link.group(1) + "/withdraw"))).isEqualTo("/account/quizzes/partners?withdrawn");
        assertThat(member.get(link.group(1)).statusCode()).isEqualTo(404);
    }

    /**
     * Past the five invitations a day, attempts are still counted per member: the twenty-first within an hour is
     * refused before the quiz looks at it, with the site's "please wait" page and no new link.
     */
    @Test
    void theTwentyFirstInvitationAttemptInAnHourGetsThePleaseWaitPage() {
        Visitor member = member();
        String result = new QuizTaker(member).take("attachment", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "3", "yes").body();
        String[] fields = QuizTaker.hidden(result).toArray(String[]::new);
        for (int i = 0; i < 20; i++) {
            member.get("/quizzes/attachment/questions");
            assertThat(member.post("/quizzes/attachment/partner", fields).body()).doesNotContain("Please wait a moment");
        }
        member.get("/quizzes/attachment/questions");
        HttpResponse<String> refused = member.post("/quizzes/attachment/partner", fields);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Please wait a moment");
    }

    private static String value(String body, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private Visitor member() {
        String email = "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Visitor visitor = new Visitor(port);
        visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin", "password", PASSWORD);
        new Letters(outbox).confirmAddress(visitor, email);
        assertThat(redirectPath(visitor.submit("/sign-in", "/sign-in", "email", email, "password", PASSWORD))).isEqualTo("/account");
        return visitor;
    }
}

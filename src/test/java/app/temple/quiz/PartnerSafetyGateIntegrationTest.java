package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety gate of the result page holds for the comparison too: when either partner said she does not feel safe
 * (or is not sure), both see the safety card first and no conversation prompt; the page never says who answered so,
 * and before the comparison is shown nobody learns anything of the other's answer.
 */
@TempleIntegrationTest
class PartnerSafetyGateIntegrationTest {

    private static final String CARD = "Your safety comes first";
    private static final String PROMPTS = "Three things to talk about";
    private static final String SAFE_ADVICE = "communication techniques are not the answer";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;

    @Test
    void whenThePartnerIsNotSafeBothSeeTheSafetyCardFirstAndNoPrompts() {
        Pair pair = compare("yes", "no");

        assertThat(pair.partnerFinished).contains(CARD, "You said you do not feel safe");
        assertThat(pair.memberBeforeReveal).as("nothing of her partner's answer before both reveal").doesNotContain(CARD);
        assertThat(pair.partnerBeforeReveal).as("she is told what revealing will show").contains(CARD, "may guess");

        for (String page : List.of(pair.memberPage(), pair.partnerPage())) {
            assertGated(page);
        }
    }

    @Test
    void whenTheMemberIsNotSureBothSeeTheSafetyCardFirstAndNoPrompts() {
        Pair pair = compare("not-sure", "yes");

        assertThat(pair.partnerFinished).doesNotContain(CARD);
        assertThat(pair.partnerBeforeReveal).doesNotContain(CARD);
        assertThat(pair.memberBeforeReveal).contains(CARD, "may guess");
        for (String page : List.of(pair.memberPage(), pair.partnerPage())) {
            assertGated(page);
        }
    }

    @Test
    void whenBothAreSafeThePromptsAreShownWithoutTheCard() {
        Pair pair = compare("yes", "prefer-not");

        for (String page : List.of(pair.memberPage(), pair.partnerPage())) {
            assertThat(page).contains(PROMPTS, "Your profiles differ").doesNotContain(CARD, SAFE_ADVICE);
        }
    }

    private static void assertGated(String page) {
        assertThat(page).contains(CARD, SAFE_ADVICE, "Before you talk together", "Steady connector", "Heated start")
                .doesNotContain(PROMPTS, "Your profiles differ", "You said you do not feel safe");
        assertThat(page.indexOf(CARD)).as("the card comes first").isLessThan(page.indexOf("Steady connector"))
                .isLessThan(page.indexOf("Heated start"));
    }

    /** What each of the two saw, from the partner's last answer to both revealing. */
    private record Pair(String partnerFinished, String memberBeforeReveal, String partnerBeforeReveal,
                        Visitor member, String memberPath, Visitor partner, String partnerPath) {
        String memberPage() {
            return member.get(memberPath).body();
        }

        String partnerPage() {
            return partner.get(partnerPath).body();
        }
    }

    /** The member takes Communication Style (Steady connector), her partner too (Heated start); both reveal. */
    private Pair compare(String memberSafety, String partnerSafety) {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("gate"));
        String result = new QuizTaker(member).take("communication-style",
                "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "5", "5", "5", "1", memberSafety).body();
        Matcher invite = PartnerComparisonIntegrationTest.INVITE.matcher(
                member.post("/quizzes/communication-style/partner", QuizTaker.hidden(result).toArray(String[]::new)).body());
        assertThat(invite.find()).isTrue();
        String invitePath = invite.group(1);

        Visitor partner = new Visitor(port);
        partner.get(invitePath);
        String screen = partner.post(invitePath + "/start").body();
        for (String choice : List.of("1", "1", "5", "5", "5", "5", "5", "5", "1", "1", "1", "1", "1", "5", partnerSafety)) {
            List<String> fields = new ArrayList<>(QuizTaker.hidden(screen));
            fields.addAll(List.of("invite", invitePath.substring("/partner/".length()), "choice", choice, "nav", "next"));
            screen = partner.post("/quizzes/communication-style/answer", fields.toArray(String[]::new)).body();
        }
        Matcher own = PartnerComparisonIntegrationTest.OWN.matcher(screen);
        assertThat(own.find()).as(screen).isTrue();
        String partnerPath = own.group(1);
        Matcher mine = java.util.regex.Pattern.compile("href=\"(/account/quizzes/partners/[0-9a-f-]+)\"")
                .matcher(member.get("/account/quizzes/partners").body());
        assertThat(mine.find()).isTrue();
        String memberPath = mine.group(1);

        String memberBefore = member.get(memberPath).body();
        String partnerBefore = partner.get(partnerPath).body();
        member.post(memberPath + "/reveal");
        partner.post(partnerPath + "/reveal");
        return new Pair(screen, memberBefore, partnerBefore, member, memberPath, partner, partnerPath);
    }
}

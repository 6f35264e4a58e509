package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 5 of issue 9: a partner who finished an invitation under another quiz's address stored answers the
 * comparison then scored with the invitation's quiz: a 500 on both comparison pages when the lengths differed, a
 * silently wrong comparison when they were the same. Her answers are now checked against the invitation's quiz only:
 * the wrong address gets a 400 and stores nothing, and the invitation still works for the right quiz.
 */
@TempleIntegrationTest
class PartnerWrongQuizIntegrationTest {

    static final String[] ATTACHMENT = {"3", "4", "2", "3", "4", "2", "3", "4", "2", "3", "4", "2", "yes"};
    static final String[] COMMUNICATION = {"5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "5", "5", "5", "1", "yes"};

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void finishingAnAttachmentInvitationUnderCommunicationStyleIsRefusedAndStoresNothing() {
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "attachment", ATTACHMENT);
        String screen = flow.start();

        // the last screen of communication-style (14 items, then safety) with the attachment invitation's token
        HttpResponse<String> attack = flow.answer("communication-style", lastScreenOf(screen, "33333333333333", "", 14), "yes");
        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(400);
        assertThat(attack.body()).doesNotContain("Exception", "/partner/view/");
        assertNothingStored(flow);

        String partnerPage = flow.finish(ATTACHMENT);
        flow.revealBoth(partnerPage);
        assertComparisonShows(flow, partnerPage, "Attachment");
    }

    @Test
    void finishingUnderAQuizOfTheSameLengthIsRefusedRatherThanScoredAsTheWrongQuiz() {
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "communication-style", COMMUNICATION);
        String screen = flow.start();

        // desire-journey has 14 items too: relationship, 14 items, safety, so its last screen is number 15
        HttpResponse<String> attack = flow.answer("desire-journey", lastScreenOf(screen, "33333333333333", "yes", 15), "yes");
        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(400);
        assertNothingStored(flow);

        HttpResponse<String> firstScreen = flow.answer("desire-journey", screen, "3");
        assertThat(firstScreen.statusCode()).as("any screen under the wrong address, not only the last").isEqualTo(400);
        assertNothingStored(flow);

        String partnerPage = flow.finish(COMMUNICATION);
        flow.revealBoth(partnerPage);
        assertComparisonShows(flow, partnerPage, "Communication Style");
    }

    @Test
    void moreAnswersThanTheInvitationsQuizHasAreRefused() {
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "attachment", ATTACHMENT);
        String screen = flow.start();
        HttpResponse<String> tooMany = flow.answer("attachment", lastScreenOf(screen, "3333333333333", "", 12), "yes");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertNothingStored(flow);
    }

    /** A screen whose hidden fields claim every item answered and point at screen {@code step} (0-based). */
    private static String lastScreenOf(String screen, String answers, String relationship, int step) {
        return screen.replaceAll("name=\"answers\" value=\"[^\"]*\"", "name=\"answers\" value=\"" + answers + "\"")
                .replaceAll("name=\"relationship\" value=\"[^\"]*\"", "name=\"relationship\" value=\"" + relationship + "\"")
                .replaceAll("name=\"step\" value=\"[^\"]*\"", "name=\"step\" value=\"" + step + "\"");
    }

    private void assertNothingStored(PartnerFlow flow) {
        assertThat(jdbc.sql("""
                        select invite_used_at is null and partner_result is null and partner_hash is null
                        from quiz_partner_link where id = ?""")
                .param(flow.id).query(Boolean.class).single()).as("the invitation is untouched").isTrue();
    }

    private static void assertComparisonShows(PartnerFlow flow, String partnerPage, String title) {
        HttpResponse<String> memberView = flow.member.get(flow.memberPage());
        HttpResponse<String> partnerView = flow.partner.get(partnerPage);
        assertThat(memberView.statusCode()).isEqualTo(200);
        assertThat(partnerView.statusCode()).isEqualTo(200);
        assertThat(memberView.body()).contains(title, "Three things to talk about");
        assertThat(partnerView.body()).contains(title, "Three things to talk about");
    }
}

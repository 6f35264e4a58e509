package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.mail.internal.Outbox;
import app.temple.privacy.AccessEntry;
import app.temple.privacy.AccessLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy rule 5 for the partner comparison: each time the partner's page shows the member's result (only once both
 * revealed), the read is in the member's access log, in neutral words and in her language; nothing is logged before
 * the reveal, nor when the member reads her own comparison. And the partner's link expires.
 */
@TempleIntegrationTest
class PartnerViewAccessLogIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLog accessLog;

    @Test
    void eachViewOfTheRevealedComparisonByThePartnerIsInTheMembersAccessLog() {
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "attachment", PartnerWrongQuizIntegrationTest.ATTACHMENT);
        UUID member = jdbc.sql("select member_id from quiz_partner_link where id = ?").param(flow.id).query(UUID.class).single();
        String partnerPage = flow.finish(PartnerWrongQuizIntegrationTest.ATTACHMENT);

        assertThat(flow.partner.get(partnerPage).statusCode()).isEqualTo(200);
        assertThat(accessLog.of(member)).as("before both reveal, her result is not read for the partner").isEmpty();

        flow.revealBoth(partnerPage);
        assertThat(flow.member.get(flow.memberPage()).body()).contains("Three things to talk about");
        assertThat(accessLog.of(member)).as("her own reads are not accesses by someone else").isEmpty();

        flow.partner.get(partnerPage);
        flow.partner.get(partnerPage);
        assertThat(accessLog.of(member)).hasSize(2).allSatisfy((AccessEntry entry) -> {
            assertThat(entry.actorId()).as("the partner has no account: the comparison names her").isEqualTo(flow.id);
            assertThat(entry.actorRole()).isEqualTo("partner");
        });

        String english = flow.member.get("/account/privacy?lang=en").body();
        assertThat(english).contains("Your partner in a quiz comparison", "Your result in a comparison you both chose to show");
        String swedish = flow.member.get("/account/privacy?lang=sv").body();
        assertThat(swedish).contains("Din partner i en quizjämförelse", "Ditt resultat i en jämförelse som ni båda valde att visa")
                .doesNotContain("Your partner");
    }

    @Test
    void anExpiredPartnerLinkAnswersGoneWithAFriendlyPageAndRevealsNothing() {
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "attachment", PartnerWrongQuizIntegrationTest.ATTACHMENT);
        String partnerPage = flow.finish(PartnerWrongQuizIntegrationTest.ATTACHMENT);
        assertThat(flow.partner.get(partnerPage).statusCode()).isEqualTo(200);

        jdbc.sql("update quiz_partner_link set partner_view_until = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), flow.id).update();
        var gone = flow.partner.get(partnerPage + "?lang=en");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This link no longer works", "Your link to this comparison has expired")
                .doesNotContain("Attachment");
    }
}

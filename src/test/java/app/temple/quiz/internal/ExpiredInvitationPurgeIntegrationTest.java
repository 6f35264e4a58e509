package app.temple.quiz.internal;

import app.temple.TempleIntegrationTest;
import app.temple.vault.SealedReads;
import app.temple.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired partner invitations that nobody used are deleted by the hourly db-scheduler sweep, with the sealed result
 * they carried; a used one (a comparison) stays until withdrawn, and a withdrawn one is gone at once. The sweep's
 * clock is moved by building it with a fixed clock, as the Journal's scheduled-publishing test does.
 * <p>
 * Everything here happens a month in the past, so that the sweeps cannot touch invitations other tests create now.
 */
@TempleIntegrationTest
class ExpiredInvitationPurgeIntegrationTest {

    private static final Instant CREATED = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Vault vault;
    @Autowired
    SealedReads sealedReads;
    @Autowired
    Quizzes quizzes;
    @Autowired
    PartnerLinks partnerLinks;
    @Autowired
    HeldResults heldResults;

    @Test
    void anExpiredUnusedInvitationIsDeletedWithItsSealedResultAndOnlyOnceItHasExpired() {
        UUID member = UUID.randomUUID();
        UUID unused = invite(member, CREATED);
        UUID taken = invite(member, CREATED);
        partnersAt(CREATED.plus(Duration.ofDays(2))).finish(tokenOf(taken), attachment(), answers());
        UUID later = invite(member, CREATED.plus(Duration.ofDays(10)));

        purgeAt(CREATED.plus(PartnerLinks.LIFETIME).minusSeconds(1));
        assertThat(exists(unused)).as("not yet expired").isTrue();

        assertThat(purgeAt(CREATED.plus(PartnerLinks.LIFETIME))).as("its link stopped working at this moment").isPositive();
        assertThat(exists(unused)).as("the unused invitation and her sealed result are gone").isFalse();
        assertThat(exists(taken)).as("a used invitation is a comparison, kept until withdrawn").isTrue();
        assertThat(exists(later)).as("a younger invitation is still open").isTrue();

        assertThat(purgeAt(CREATED.plus(Duration.ofDays(10)).plus(PartnerLinks.LIFETIME).plusSeconds(1))).isPositive();
        assertThat(exists(later)).isFalse();
        assertThat(exists(taken)).isTrue();

        assertThat(partnerLinks.withdrawByMember(member, taken)).isTrue();
        assertThat(exists(taken)).as("a withdrawn comparison is deleted at once, nothing left to sweep").isFalse();
    }

    @Test
    void theSweepIsARecurringDbSchedulerTask() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(PartnerPurgeTask.NAME)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private int purgeAt(Instant now) {
        return new ExpiredInvitationPurge(partnerLinks, heldResults, Clock.fixed(now, ZoneOffset.UTC)).purge();
    }

    private final java.util.Map<UUID, String> tokens = new java.util.HashMap<>();

    private UUID invite(UUID member, Instant at) {
        String token = partnersAt(at).invite(member, attachment(), answers()).orElseThrow();
        UUID id = jdbc.sql("select id from quiz_partner_link where invite_hash = ?").param(PartnerLinks.hash(token))
                .query(UUID.class).single();
        tokens.put(id, token);
        return id;
    }

    private String tokenOf(UUID invitation) {
        return tokens.get(invitation);
    }

    private PartnerLinks partnersAt(Instant now) {
        return new PartnerLinks(jdbc, vault, sealedReads, Clock.fixed(now, ZoneOffset.UTC));
    }

    private boolean exists(UUID invitation) {
        return jdbc.sql("select count(*) from quiz_partner_link where id = ?").param(invitation).query(Integer.class).single() == 1;
    }

    private QuizDefinition attachment() {
        return quizzes.find("attachment").orElseThrow();
    }

    private Answers answers() {
        Answers answers = Answers.empty(attachment()).withSafety("yes");
        for (int number = 1; number <= attachment().items().size(); number++) {
            answers = answers.withItem(number, 3);
        }
        return answers;
    }
}

package app.temple.quiz.internal;

import app.temple.TempleIntegrationTest;
import app.temple.content.ContentFile;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The partner's own link works for {@link PartnerLinks#VIEW_LIFETIME} after she finished, counted again from each
 * reveal by either of them; then it opens nothing. Time is moved by building the service with a fixed clock, as
 * {@link ExpiredInvitationPurgeIntegrationTest} does; everything happens half a year in the past.
 */
@TempleIntegrationTest
class PartnerViewExpiryIntegrationTest {

    private static final Instant CREATED = Instant.now().minus(Duration.ofDays(200)).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant FINISHED = CREATED.plus(Duration.ofDays(1));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Vault vault;
    @Autowired
    SealedReads sealedReads;
    @Autowired
    Quizzes quizzes;

    @Test
    void herLinkExpiresNinetyDaysAfterSheFinished() {
        String secret = finishedComparison(UUID.randomUUID()).secret();

        assertThat(at(FINISHED.plus(PartnerLinks.VIEW_LIFETIME).minusSeconds(1)).openForPartner(secret)).isPresent();
        assertThat(at(FINISHED.plus(PartnerLinks.VIEW_LIFETIME)).openForPartner(secret)).as("expired").isEmpty();
    }

    @Test
    void aRevealByEitherCountsTheNinetyDaysAgainButAnExpiredLinkCannotReveal() {
        UUID member = UUID.randomUUID();
        Finished comparison = finishedComparison(member);
        Instant revealed = FINISHED.plus(Duration.ofDays(60));
        at(revealed).revealByMember(member, comparison.id());

        assertThat(at(revealed.plus(PartnerLinks.VIEW_LIFETIME).minusSeconds(1)).openForPartner(comparison.secret())).isPresent();
        Instant expired = revealed.plus(PartnerLinks.VIEW_LIFETIME);
        assertThat(at(expired).openForPartner(comparison.secret())).isEmpty();

        at(expired).revealByPartner(comparison.secret());
        assertThat(jdbc.sql("select partner_reveal from quiz_partner_link where id = ?").param(comparison.id())
                .query(Boolean.class).single()).as("an expired link reveals nothing").isFalse();
        assertThat(at(expired).openForMember(member, comparison.id())).as("her own side does not expire").isPresent();
    }

    @Test
    void finishingStoresAnswersOnlyForTheInvitationsQuizInItsVersion() {
        UUID member = UUID.randomUUID();
        String token = at(CREATED).invite(member, attachment(), answers()).orElseThrow();
        int current = attachment().version();
        QuizDefinition nextVersion = QuizFile.read(new ContentFile("quizzes/attachment.yaml",
                QuizContentFiles.file("quizzes/attachment.yaml").text()
                        .replace("\nversion: " + current + "\n", "\nversion: " + (current + 1) + "\n"), "next"));
        assertThat(nextVersion.version()).isEqualTo(current + 1);
        QuizDefinition other = quizzes.find("nervous-system").orElseThrow();

        assertThatThrownBy(() -> at(FINISHED).finish(token, nextVersion, answers())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(FINISHED).finish(token, other, Answers.empty(other))).isInstanceOf(IllegalArgumentException.class);
        assertThat(at(FINISHED).invitation(token)).as("refused: the invitation is still open, nothing stored").isPresent();
        assertThat(at(FINISHED).finish(token, attachment(), answers())).isPresent();
    }

    private record Finished(UUID id, String secret) {
    }

    private Finished finishedComparison(UUID member) {
        String token = at(CREATED).invite(member, attachment(), answers()).orElseThrow();
        UUID id = at(CREATED).invitation(token).orElseThrow().id();
        return new Finished(id, at(FINISHED).finish(token, attachment(), answers()).orElseThrow());
    }

    private PartnerLinks at(Instant now) {
        return new PartnerLinks(jdbc, vault, sealedReads, Clock.fixed(now, ZoneOffset.UTC));
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

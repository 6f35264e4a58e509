package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Accounts;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Her results are kept only while she consents: turning "keep my quiz results" off in the privacy centre deletes
 * every result she saved, in the transaction that records the withdrawal, and nobody else's.
 */
@TempleIntegrationTest
class QuizConsentWithdrawalIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void withdrawingTheConsentInThePrivacyCentreDeletesHerSavedResultsAndNoOneElses() {
        Visitor her = member("withdraws");
        Visitor other = member("keeps");
        UUID herId = idOf(her);
        UUID otherId = idOf(other);
        saveAResult(her, "attachment");
        saveAResult(her, "nervous-system");
        saveAResult(other, "attachment");
        assertThat(results(herId)).isEqualTo(2);

        her.get("/account/privacy");
        assertThat(redirectPath(her.post("/account/privacy/consents/save-results/withdraw"))).isEqualTo("/account/privacy?saved=off#consents");

        assertThat(results(herId)).as("her saved results are gone").isZero();
        assertThat(results(otherId)).as("another member's stay").isOne();
        assertThat(accounts.hasConsent(herId, "save-results")).isFalse();
        assertThat(her.get("/account/quizzes").body())
                .contains("turned it off in your privacy centre", "You have not saved any results yet.");
        assertThat(other.get("/account/quizzes").body()).doesNotContain("You have not saved any results yet.");
    }

    @Test
    void withdrawingAnotherConsentKeepsHerResults() {
        Visitor her = member("emails-off");
        UUID herId = idOf(her);
        saveAResult(her, "attachment");
        her.get("/account/privacy");
        her.post("/account/privacy/consents/emails/give");
        her.get("/account/privacy");

        her.post("/account/privacy/consents/emails/withdraw");

        assertThat(results(herId)).isOne();
    }

    @Test
    void theDeletionBelongsToTheWithdrawalsTransaction() {
        Visitor her = member("rolled-back");
        UUID herId = idOf(her);
        saveAResult(her, "attachment");

        transactions.executeWithoutResult(status -> {
            accounts.withdrawConsent(herId, "save-results");
            assertThat(results(herId)).as("deleted at once, within the transaction").isZero();
            status.setRollbackOnly();
        });

        assertThat(accounts.hasConsent(herId, "save-results")).as("the withdrawal rolled back").isTrue();
        assertThat(results(herId)).as("and the deletion with it").isOne();
    }

    /** Takes the quiz with all middle answers and saves the result, agreeing to keep it the first time. */
    private void saveAResult(Visitor member, String slug) {
        int items = "attachment".equals(slug) ? 12 : 13;
        List<String> choices = new ArrayList<>(java.util.Collections.nCopies(items, "3"));
        if ("attachment".equals(slug)) {
            choices.add("yes");
        }
        String result = new QuizTaker(member).take(slug, choices.toArray(String[]::new)).body();
        List<String> fields = new ArrayList<>(QuizTaker.hidden(result));
        fields.addAll(List.of("consent", "yes"));
        assertThat(redirectPath(member.post("/quizzes/" + slug + "/save", fields.toArray(String[]::new))))
                .isEqualTo("/account/quizzes?saved");
    }

    private int results(UUID member) {
        return jdbc.sql("select count(*) from quiz_result where member_id = ?").param(member).query(Integer.class).single();
    }

    private Visitor member(String prefix) {
        String email = TestMembers.newAddress(prefix);
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        emails.put(visitor, email);
        return visitor;
    }

    private UUID idOf(Visitor member) {
        return jdbc.sql("select member_id from account_member where email = ?").param(emails.get(member)).query(UUID.class).single();
    }

    private final java.util.Map<Visitor, String> emails = new java.util.IdentityHashMap<>();
}

package app.temple.quiz.internal;

import app.temple.account.Accounts;
import app.temple.account.MemberErasureRequested;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Results a visitor asked to keep while creating her account, held until she confirms her address, and only then kept
 * (with the consent she gave in the same form). Until then they are sealed for the new account, and they go when the
 * confirmation link would stop working: an address she does not hold gets nothing kept for it.
 */
@Service
public class HeldResults implements SealedData {

    /** As long as the confirmation link works. */
    static final Duration HELD_FOR = Duration.ofHours(24);
    static final String FIELD = "quiz.held";

    private final JdbcClient jdbc;
    private final Vault vault;
    private final QuizResults results;
    private final Quizzes quizzes;
    private final Accounts accounts;
    private final Clock clock;

    HeldResults(JdbcClient jdbc, Vault vault, QuizResults results, Quizzes quizzes, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.results = results;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Holds her finished quiz for her new, unconfirmed account; holding the same origin again changes nothing. */
    public void hold(UUID member, QuizDefinition quiz, Answers answers, UUID origin) {
        String text = String.join("|", answers.encoded(), nullToEmpty(answers.relationship()), nullToEmpty(answers.safety()));
        jdbc.sql("""
                        insert into quiz_held_result (member_id, origin, quiz_slug, quiz_version, held_at, sealed)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(member, origin, quiz.slug(), quiz.version(), Timestamp.from(clock.instant()),
                        vault.sealText(member, FIELD, text))
                .update();
    }

    /**
     * Her address is confirmed: what was held for her is kept, under the consent she gave when she asked, and no
     * longer held. Each held result is taken once, so a second confirmation keeps nothing twice.
     *
     * @return how many results were kept
     */
    @Transactional
    public int keep(UUID member) {
        record Held(UUID origin, String slug, int version, byte[] sealed) {
        }
        List<Held> held = jdbc.sql("delete from quiz_held_result where member_id = ? returning origin, quiz_slug, quiz_version, sealed")
                .param(member)
                .query((row, i) -> new Held((UUID) row.getObject("origin"), row.getString("quiz_slug"),
                        row.getInt("quiz_version"), row.getBytes("sealed")))
                .list();
        int kept = 0;
        for (Held one : held) {
            var quiz = quizzes.find(one.slug(), one.version());
            if (quiz.isEmpty()) {
                continue;
            }
            String[] parts = vault.openText(member, FIELD, one.sealed()).split("\\|", -1);
            Answers answers = Answers.decode(quiz.get(), parts[0], parts[1], parts[2]);
            if (!accounts.hasConsent(member, QuizResults.CONSENT)) {
                accounts.giveConsent(member, QuizResults.CONSENT);
            }
            if (results.save(member, Scoring.score(quiz.get(), answers), one.origin()).isPresent()) {
                kept++;
            }
        }
        return kept;
    }

    /** Deletes what was held for addresses never confirmed in time. */
    public int deleteExpired(Instant now) {
        return jdbc.sql("delete from quiz_held_result where held_at <= ?").param(Timestamp.from(now.minus(HELD_FOR))).update();
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from quiz_held_result where member_id = ?").param(erasure.memberId()).update();
    }

    @Override
    public int reseal(Vault vault) {
        return SealedColumn.reseal(jdbc, vault, "quiz_held_result", "origin", FIELD);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package app.temple.quiz.internal;

import app.temple.account.ConsentWithdrawn;
import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The results members chose to keep. Everything about her answers is sealed by the vault for her; only the
 * quiz, its version and the time stay readable so that her history can be listed.
 */
@Service
public class QuizResults implements PersonalData, SealedData {

    static final String FIELD = "quiz.result";
    /** The consent under which her results are kept: withdrawing it deletes them. */
    public static final String CONSENT = "save-results";

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    QuizResults(JdbcClient jdbc, Vault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    public UUID save(UUID member, Result result) {
        return save(member, result, null).orElseThrow();
    }

    /**
     * Keeps a result once: a second save of the same {@code origin} (the finished quiz it came from) keeps nothing.
     *
     * @param origin the finished quiz's random id; null for a result that has none (each save is then kept)
     * @return the new result's id, or empty when this origin was already kept for her
     */
    public java.util.Optional<UUID> save(UUID member, Result result, UUID origin) {
        UUID id = UUID.randomUUID();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("scores", result.scores());
        content.put("profile", result.profile() == null ? null : result.profile().key());
        content.put("answers", result.answers().encoded());
        content.put("relationship", result.answers().relationship());
        byte[] sealed = vault.sealText(member, FIELD, json.writeValueAsString(content));
        int inserted = jdbc.sql("""
                        insert into quiz_result (id, member_id, quiz_slug, quiz_version, taken_at, sealed, origin)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(id, member, result.quiz().slug(), result.quiz().version(), Timestamp.from(clock.instant()), sealed, origin)
                .update();
        return inserted == 1 ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    /** Whether the result of this finished quiz is among hers. */
    public boolean kept(UUID member, UUID origin) {
        return origin != null && jdbc.sql("select count(*) from quiz_result where member_id = ? and origin = ?")
                .params(member, origin).query(Integer.class).single() > 0;
    }

    /** Her results, oldest first. */
    public List<SavedResult> of(UUID member) {
        return jdbc.sql("select id, quiz_slug, quiz_version, taken_at, sealed from quiz_result where member_id = ? order by taken_at, id")
                .param(member)
                .query((row, i) -> open(member, (UUID) row.getObject("id"), row.getString("quiz_slug"),
                        row.getInt("quiz_version"), row.getTimestamp("taken_at"), row.getBytes("sealed")))
                .list();
    }

    private SavedResult open(UUID member, UUID id, String quiz, int version, Timestamp at, byte[] sealed) {
        return decoded(id, quiz, version, at.toInstant(), vault.openText(member, FIELD, sealed));
    }

    /** A result from its opened text, whoever opened it (she herself, or someone she shared it with). */
    @SuppressWarnings("unchecked")
    SavedResult decoded(UUID id, String quiz, int version, Instant at, String opened) {
        Map<String, Object> content = json.readValue(opened, Map.class);
        Map<String, Integer> scores = new LinkedHashMap<>();
        ((Map<String, Object>) content.get("scores")).forEach((k, v) -> scores.put(k, v == null ? null : ((Number) v).intValue()));
        return new SavedResult(id, quiz, version, at, scores, (String) content.get("profile"),
                (String) content.get("answers"), (String) content.get("relationship"));
    }

    /** Deletes one of her results; false when it is not hers or not there. */
    public boolean delete(UUID member, UUID id) {
        return jdbc.sql("delete from quiz_result where member_id = ? and id = ?").params(member, id).update() > 0;
    }

    public int deleteAll(UUID member) {
        return jdbc.sql("delete from quiz_result where member_id = ?").param(member).update();
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        deleteAll(erasure.memberId());
    }

    /** Results are kept only while she consents: turning the consent off deletes them, in the same transaction. */
    @EventListener
    @Transactional
    void on(ConsentWithdrawn withdrawal) {
        if (CONSENT.equals(withdrawal.purpose())) {
            deleteAll(withdrawal.memberId());
        }
    }

    @Override
    public String section() {
        return "quizResults";
    }

    @Override
    public Object exportFor(UUID member) {
        return of(member);
    }

    @Override
    public int reseal(Vault vault) {
        return SealedColumn.reseal(jdbc, vault, "quiz_result", "id", FIELD);
    }
}

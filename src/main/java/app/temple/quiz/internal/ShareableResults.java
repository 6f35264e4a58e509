package app.temple.quiz.internal;

import app.temple.quiz.SavedResults;
import app.temple.vault.Reader;
import app.temple.vault.SealedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Her saved results as she may share them: the list reads only which quiz and when; the one she shared is opened
 * through {@link SealedReads}, so that each look by someone else lands in her access log (privacy rule 5).
 */
@Component
class ShareableResults implements SavedResults {

    private final JdbcClient jdbc;
    private final QuizResults results;
    private final Quizzes quizzes;
    private final SealedReads sealedReads;

    ShareableResults(JdbcClient jdbc, QuizResults results, Quizzes quizzes, SealedReads sealedReads) {
        this.jdbc = jdbc;
        this.results = results;
        this.quizzes = quizzes;
        this.sealedReads = sealedReads;
    }

    @Override
    public List<Listed> listOf(UUID member, String language) {
        return jdbc.sql("select id, quiz_slug, quiz_version, taken_at from quiz_result where member_id = ? order by taken_at desc, id")
                .param(member)
                .query((row, i) -> new Listed((UUID) row.getObject("id"),
                        title(row.getString("quiz_slug"), row.getInt("quiz_version"), language),
                        row.getTimestamp("taken_at").toInstant()))
                .list();
    }

    @Override
    public Optional<Opened> openFor(Reader reader, UUID member, UUID id, String language) {
        record Row(String quiz, int version, Timestamp at, byte[] sealed) {
        }
        Optional<Row> row = jdbc.sql("select quiz_slug, quiz_version, taken_at, sealed from quiz_result where member_id = ? and id = ?")
                .params(member, id)
                .query((r, i) -> new Row(r.getString("quiz_slug"), r.getInt("quiz_version"), r.getTimestamp("taken_at"),
                        r.getBytes("sealed"))).optional();
        return row.map(found -> {
            SavedResult result = results.decoded(id, found.quiz(), found.version(), found.at().toInstant(),
                    sealedReads.openTextAs(reader, member, QuizResults.FIELD, found.sealed()));
            return compact(result, language);
        });
    }

    /** As her result page shows it at the top: the profile with its description, then each dimension's score. */
    private Opened compact(SavedResult result, String language) {
        Optional<QuizDefinition> quiz = definition(result.quiz(), result.version());
        Optional<Outcome> profile = quiz.flatMap(q -> result.profile() == null ? Optional.empty() : q.profile(result.profile()));
        List<Score> scores = quiz.map(q -> q.dimensions().stream()
                        .filter(d -> result.scores().containsKey(d.key()))
                        .map(d -> new Score(d.name().in(language), shown(result.scores().get(d.key())))).toList())
                .orElse(List.of());
        return new Opened(quiz.map(q -> q.title().in(language)).orElse(result.quiz()), result.takenAt(),
                profile.map(p -> p.name().in(language)).orElse(null),
                profile.map(p -> p.description().in(language)).orElse(null), scores);
    }

    private String title(String slug, int version, String language) {
        return definition(slug, version).map(q -> q.title().in(language)).orElse(slug);
    }

    /** The version that scored it, or the current one when that version is no longer kept. */
    private Optional<QuizDefinition> definition(String slug, int version) {
        return quizzes.find(slug, version).or(() -> quizzes.find(slug));
    }

    private static Integer shown(Integer score) {
        return score == null ? null : Result.shown(score);
    }
}

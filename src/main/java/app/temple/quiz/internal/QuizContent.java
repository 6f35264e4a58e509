package app.temple.quiz.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Loads content/quizzes/*.yaml: validates each file and keeps its source in {@code quiz_definition}, one row per
 * quiz version. A changed file must carry a new version, because saved results name the version that scored them.
 */
@Component
class QuizContent implements ContentKind {

    private final JdbcClient jdbc;
    private final Clock clock;

    QuizContent(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String folder() {
        return "quizzes";
    }

    @Override
    public boolean accepts(Path relativePath) {
        return relativePath.toString().endsWith(".yaml");
    }

    @Override
    public void load(ContentFile file) {
        QuizDefinition quiz = QuizFile.read(file);
        if (!file.baseName().equals(quiz.slug())) {
            throw file.malformed(1, "the file name must be the slug: " + quiz.slug() + ".yaml");
        }
        String stored = jdbc.sql("select hash from quiz_definition where slug = ? and version = ?")
                .params(quiz.slug(), quiz.version()).query(String.class).optional().orElse(null);
        if (stored != null && !stored.equals(file.hash())) {
            throw file.malformed(0, "version " + quiz.version() + " of " + quiz.slug()
                    + " is already loaded with other content; give the changed quiz a new version");
        }
        if (stored == null) {
            jdbc.sql("insert into quiz_definition (slug, version, source, hash, loaded_at) values (?, ?, ?, ?, ?)")
                    .params(quiz.slug(), quiz.version(), file.text(), file.hash(), Timestamp.from(clock.instant()))
                    .update();
        }
    }
}

package bench.temple;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.QuizFile;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.Scoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * What the quiz's last-answer POST computes before it seals the result: her carried answers read back from the form
 * field and scored (dimensions, derived values, profile rules, overlays) against a real quiz from the starting content.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuizScoringBenchmark {

    /** nervous-system is the quiz bench/run.sh posts; desire-journey asks the relationship question too. */
    @Param({"nervous-system", "desire-journey"})
    public String quiz;

    private QuizDefinition definition;
    private String carried;
    private String relationship;
    private Answers answers;

    @Setup
    public void load() {
        definition = QuizFile.read(BundledContent.file("quizzes/" + quiz + ".yaml"));
        // a full answer set with every value and one "prefer not to answer", as a form would carry it
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < definition.items().size(); i++) {
            items.append(i == 3 ? 'x' : (char) ('1' + (i * 7 + 3) % 5));
        }
        carried = items.toString();
        relationship = definition.relationship() ? "yes" : null;
        answers = Answers.decode(definition, carried, relationship, null);
    }

    @Benchmark
    public Result score() {
        return Scoring.score(definition, answers);
    }

    @Benchmark
    public Result decodeAndScore() {
        return Scoring.score(definition, Answers.decode(definition, carried, relationship, null));
    }
}

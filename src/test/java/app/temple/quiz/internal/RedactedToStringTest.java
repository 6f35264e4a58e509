package app.temple.quiz.internal;

import app.temple.quiz.web.QuizForm;
import app.temple.quiz.web.ScoreRequest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records that hold answers, results, tokens or secrets never print them: a log line or an exception message that
 * includes one shows only its shape. The first test holds every such record of the quiz module to it by its
 * components, so a new one fails here until it declares its own {@code toString}; the second proves the redaction
 * with real values.
 */
class RedactedToStringTest {

    /** Names of components that carry what she answered, what it meant, or a secret. */
    private static final Set<String> SENSITIVE = Set.of("answers", "memberAnswers", "partnerAnswers", "scores", "score",
            "points", "profile", "relationship", "safety", "choice", "secret", "token", "invite", "sealed");

    @Test
    void everyQuizRecordWithASensitiveComponentDeclaresItsOwnToString() throws Exception {
        List<String> missing = new java.util.ArrayList<>();
        int checked = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.temple.quiz")) {
            Class<?> record = Class.forName(type.getName());
            if (!record.isRecord()) {
                continue;
            }
            boolean sensitive = false;
            for (RecordComponent component : record.getRecordComponents()) {
                sensitive |= SENSITIVE.contains(component.getName()) && printsItsContent(component.getType());
            }
            if (sensitive) {
                checked++;
                if (!declaresToString(record)) {
                    missing.add(record.getName());
                }
            }
        }
        assertThat(missing).as("records whose default toString would print answers or secrets").isEmpty();
        assertThat(checked).as("the scan found the records it is about").isGreaterThanOrEqualTo(8);
    }

    @Test
    void theRedactedRecordsShowNoneOfTheirValues() {
        QuizDefinition quiz = QuizContentFiles.quiz("attachment");
        Answers answers = QuizContentFiles.answers(quiz, "425142514251").withSafety("not-sure");
        Result result = Scoring.score(quiz, answers);
        Map<String, Integer> scores = new LinkedHashMap<>(result.scores());
        String secret = "s3cr3t-token-value";

        List<Object> records = List.of(answers, result,
                new SavedResult(UUID.randomUUID(), "attachment", 1, Instant.now(), scores, "fearful-leaning", "425142514251", "yes"),
                new PartnerLinks.Opened(new PartnerLinks.Link(UUID.randomUUID(), UUID.randomUUID(), "attachment", 1,
                        Instant.now(), true, true, true, Instant.now()), "425142514251||not-sure", "333333333333||yes"),
                new QuizForm("425142514251", "complicated", "not-sure", 3, "5", "next", "yes", secret, null),
                new ScoreRequest(Map.of("1", 4, "2", 2), "complicated", "not-sure"));
        for (Object record : records) {
            String printed = record.toString();
            assertThat(printed).as(record.getClass().getSimpleName())
                    .doesNotContain("425142514251", "333333333333", "not-sure", "complicated", "fearful", secret, "=4", "=2");
            for (Integer score : scores.values()) {
                if (score != null) {
                    assertThat(printed).doesNotContain("=" + score);
                }
            }
        }
    }

    /** Arrays print as a type and a hash, and other quiz types redact themselves; raw values print as they are. */
    private static boolean printsItsContent(Class<?> type) {
        return type == String.class || type == Integer.class || Map.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type);
    }

    private static boolean declaresToString(Class<?> record) {
        try {
            record.getDeclaredMethod("toString");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}

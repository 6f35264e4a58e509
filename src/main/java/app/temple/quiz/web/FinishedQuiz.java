package app.temple.quiz.web;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Quizzes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A quiz she has finished, as it travels between her browser and the pages that show or keep it: which quiz (in the
 * version that scored it), her answers, and a random name for this one result, so that keeping it twice keeps it once.
 * It travels sealed in the result cookie, and as hidden fields in the forms that keep it.
 */
public record FinishedQuiz(QuizDefinition quiz, Answers answers, UUID origin) {

    static final String QUIZ = "keepQuiz";
    static final String VERSION = "keepVersion";
    static final String ORIGIN = "keepOrigin";

    /** One line of text, for sealing. */
    String text() {
        return String.join("|", quiz.slug(), String.valueOf(quiz.version()), origin.toString(), answers.encoded(),
                nullToEmpty(answers.relationship()), nullToEmpty(answers.safety()));
    }

    /** What {@link #text()} wrote; empty when it is not that, or names a quiz (version) no longer here. */
    static Optional<FinishedQuiz> fromText(Quizzes quizzes, String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 6) {
            return Optional.empty();
        }
        Map<String, String> fields = Map.of(QUIZ, parts[0], VERSION, parts[1], ORIGIN, parts[2], "answers", parts[3],
                "relationship", parts[4], "safety", parts[5]);
        return from(quizzes, fields::get);
    }

    /** The hidden fields a keeping form carries; empty when they are missing or do not fit a quiz. */
    static Optional<FinishedQuiz> from(Quizzes quizzes, Function<String, String> field) {
        try {
            String slug = field.apply(QUIZ);
            String version = field.apply(VERSION);
            String origin = field.apply(ORIGIN);
            // checked before any lookup: only a quiz's own address and a plain number ever reach the database
            if (slug == null || version == null || origin == null || !slug.matches("[a-z0-9-]{1,80}")
                    || !version.matches("\\d{1,6}")) {
                return Optional.empty();
            }
            return quizzes.find(slug, Integer.parseInt(version)).map(quiz -> new FinishedQuiz(quiz,
                    Answers.decode(quiz, field.apply("answers"), field.apply("relationship"), field.apply("safety")),
                    UUID.fromString(origin)));
        } catch (IllegalArgumentException doesNotFit) {
            return Optional.empty();
        }
    }

    /** The hidden fields of a form that keeps it. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(QUIZ, quiz.slug());
        fields.put(VERSION, String.valueOf(quiz.version()));
        fields.put(ORIGIN, origin.toString());
        fields.put("answers", answers.encoded());
        fields.put("relationship", nullToEmpty(answers.relationship()));
        fields.put("safety", nullToEmpty(answers.safety()));
        return fields;
    }

    /** Never the answers: this may end up in a log line. */
    @Override
    public String toString() {
        return "FinishedQuiz[" + quiz.slug() + ", answers redacted]";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

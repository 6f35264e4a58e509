package app.temple.quiz.internal;

import app.temple.content.ContentFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The quiz files as the repository holds them, read without a running platform. */
public final class QuizContentFiles {

    private QuizContentFiles() {
    }

    /** Every quiz of the starting content, by file name. */
    public static List<QuizDefinition> all() {
        try (Stream<Path> files = Files.list(Path.of("content", "quizzes"))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted()
                    .map(name -> QuizFile.read(file("quizzes/" + name))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuizDefinition quiz(String slug) {
        return QuizFile.read(file("quizzes/" + slug + ".yaml"));
    }

    /**
     * A quiz as version 1 published it (kept under src/test/resources/quiz-versions, copied from the repository's
     * history): scored by rule set 1 and the §0.1 thresholds, as results saved under it were.
     */
    static QuizDefinition version1(String slug) {
        return QuizFile.read(version1File(slug));
    }

    static ContentFile version1File(String slug) {
        try {
            return new ContentFile("quizzes/" + slug + ".yaml",
                    Files.readString(Path.of("src/test/resources/quiz-versions").resolve(slug + "-v1.yaml")), "v1-" + slug);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContentFile file(String path) {
        try {
            return new ContentFile(path, Files.readString(Path.of("content").resolve(path)), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers for every item of a quiz, given as a string of 1–5 and x (skipped); relationship "yes". */
    static Answers answers(QuizDefinition quiz, String items) {
        return Answers.decode(quiz, items, quiz.relationship() ? "yes" : null, null);
    }

    static Answers all(QuizDefinition quiz, char value) {
        return answers(quiz, String.valueOf(value).repeat(quiz.items().size()));
    }
}

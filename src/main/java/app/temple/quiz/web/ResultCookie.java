package app.temple.quiz.web;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Quizzes;
import app.temple.site.ForgottenOnQuickExit;
import app.temple.site.SealedCookie;
import app.temple.vault.Vault;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The result she has just finished, kept in her own browser and nowhere else, so that its page survives a reload and
 * a change of language: the answers she posted last, sealed by the vault (so she cannot be shown a result she did not
 * give, and nothing in it reads as answers), in a cookie that only the quiz pages receive. It is a session cookie
 * (no expiry: the browser drops it when it closes) and it is refused after two hours whatever the browser does.
 * "Forget this result" and Quick exit delete it.
 */
@Component
class ResultCookie implements ForgottenOnQuickExit {

    static final String NAME = "temple_quiz_result";
    static final String PATH = "/quizzes";
    static final Duration LIFETIME = Duration.ofHours(2);
    /** Nobody's: a visitor has no id, and the cookie must open for no member's sealed field either. */
    private static final UUID NOBODY = new UUID(0, 0);
    private static final String FIELD = "quiz.result-cookie";
    private static final String FORMAT = "1";

    private final SealedCookie cookie;
    private final Quizzes quizzes;
    private final Clock clock;

    ResultCookie(Vault vault, Quizzes quizzes, Clock clock) {
        this.cookie = new SealedCookie(vault, NAME, PATH, FIELD);
        this.quizzes = quizzes;
        this.clock = clock;
    }

    /** Keeps a finished quiz under a new origin, in a session cookie. */
    FinishedQuiz write(QuizDefinition quiz, Answers answers, HttpServletRequest request, HttpServletResponse response) {
        FinishedQuiz kept = new FinishedQuiz(quiz, answers, UUID.randomUUID());
        cookie.write(NOBODY, FORMAT + "|" + clock.instant().getEpochSecond() + "|" + kept.text(), null, request, response);
        return kept;
    }

    /** The kept result, or empty when there is none, or it was altered, is too old, or is of a quiz no longer here. */
    Optional<FinishedQuiz> read(HttpServletRequest request) {
        return cookie.read(NOBODY, request).flatMap(this::opened);
    }

    private Optional<FinishedQuiz> opened(String text) {
        try {
            String[] parts = text.split("\\|", 3);
            if (parts.length != 3 || !FORMAT.equals(parts[0])) {
                return Optional.empty();
            }
            Instant made = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            if (made.plus(LIFETIME).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return FinishedQuiz.fromText(quizzes, parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not of this format: she starts again, nothing breaks
        }
    }

    /** Deletes the cookie in her browser. */
    void clear(HttpServletRequest request, HttpServletResponse response) {
        cookie.clear(request, response);
    }

    @Override
    public void forget(HttpServletRequest request, HttpServletResponse response) {
        clear(request, response);
    }
}

package app.temple.quiz.web;

import app.temple.account.Accounts;
import app.temple.account.BroughtAlong;
import app.temple.quiz.internal.HeldResults;
import app.temple.quiz.internal.QuizResults;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.Scoring;
import app.temple.vault.Vault;
import app.temple.vault.VaultException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A quiz result a visitor asks to keep, in the form that creates her account or signs her in, with her consent (the
 * form's own checkbox). Creating an account, it is held sealed for the new account until she confirms her address
 * ({@link HeldResults}); signing in, it waits sealed in her session until her sign-in is complete. Then it is kept,
 * once. Without her consent nothing is held and nothing kept.
 */
@Component
class ResultsBroughtAlong implements BroughtAlong {

    static final String CONSENT = "keepConsent";
    private static final String WAITING = "temple.quiz.keepOnSignIn";
    private static final String FIELD = "quiz.keep-on-sign-in";

    private final Quizzes quizzes;
    private final HeldResults held;
    private final QuizResults results;
    private final Accounts accounts;
    private final Vault vault;

    ResultsBroughtAlong(Quizzes quizzes, HeldResults held, QuizResults results, Accounts accounts, Vault vault) {
        this.quizzes = quizzes;
        this.held = held;
        this.results = results;
        this.accounts = accounts;
        this.vault = vault;
    }

    @Override
    public Map<String, String> carried(HttpServletRequest form) {
        Map<String, String> fields = new LinkedHashMap<>();
        FinishedQuiz.from(quizzes, form::getParameter).ifPresent(finished -> {
            fields.putAll(finished.fields());
            if (consented(form)) {
                fields.put(CONSENT, "yes");
            }
        });
        return fields;
    }

    @Override
    public void signedUp(UUID member, HttpServletRequest form) {
        asked(form).ifPresent(finished -> held.hold(member, finished.quiz(), finished.answers(), finished.origin()));
    }

    @Override
    public Optional<Kept> confirmed(UUID member) {
        return held.keep(member) > 0 ? Optional.of(saved("quiz.keep.savedConfirmed")) : Optional.empty();
    }

    @Override
    public void signingIn(UUID member, HttpServletRequest form) {
        asked(form).ifPresent(finished -> form.getSession().setAttribute(WAITING,
                vault.seal(member, FIELD, finished.text().getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public Optional<Kept> signedIn(UUID member, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(WAITING) instanceof byte[] sealed)) {
            return Optional.empty();
        }
        session.removeAttribute(WAITING); // used once, whatever it holds
        Optional<FinishedQuiz> finished;
        try {
            finished = FinishedQuiz.fromText(quizzes, new String(vault.open(member, FIELD, sealed), StandardCharsets.UTF_8));
        } catch (VaultException anotherMembers) {
            return Optional.empty();
        }
        finished.ifPresent(quiz -> {
            if (!accounts.hasConsent(member, QuizResults.CONSENT)) {
                accounts.giveConsent(member, QuizResults.CONSENT);
            }
            results.save(member, Scoring.score(quiz.quiz(), quiz.answers()), quiz.origin());
        });
        return finished.map(quiz -> saved("quiz.keep.saved"));
    }

    /** The result the form asks to keep, only with her consent. */
    private Optional<FinishedQuiz> asked(HttpServletRequest form) {
        return consented(form) ? FinishedQuiz.from(quizzes, form::getParameter) : Optional.empty();
    }

    private static boolean consented(HttpServletRequest form) {
        return "yes".equals(form.getParameter(CONSENT));
    }

    private static Kept saved(String messageKey) {
        return new Kept(messageKey, QuizResultsController.HISTORY, "quiz.keep.seeSaved");
    }
}

package app.temple.quiz.web;

import app.temple.quiz.internal.Answers;
import app.temple.quiz.internal.Flow;
import app.temple.quiz.internal.QuizDefinition;

import java.util.List;

/**
 * One screen of a quiz and the answers so far, which the screen's form carries on in hidden fields.
 *
 * @param position 1-based, for "4 of 13"
 * @param error    the message key of what was wrong with the last post, or null
 * @param invite   a partner's invitation token, carried along while she takes the quiz; null otherwise
 */
public record QuestionView(QuizDefinition quiz, Flow.Step step, int position, int total, Answers answers,
                           String error, String invite) {

    public List<String> choices() {
        return Flow.choices(step);
    }

    public String chosen() {
        return Flow.chosen(step, answers);
    }

    public boolean isItem() {
        return step.kind() == Flow.Kind.ITEM;
    }

    /** The question in the reader's language; items not about a partner for someone without one. */
    public String question(String language) {
        return switch (step.kind()) {
            case ITEM -> quiz.items().get(step.item() - 1).textFor(answers.partnered()).in(language);
            default -> null;
        };
    }

    /** The message key of a choice's label. */
    public String choiceKey(String choice) {
        return switch (step.kind()) {
            case RELATIONSHIP -> "quiz.relationship." + choice;
            case SAFETY -> "quiz.safety." + choice;
            case ITEM -> choice.equals("x") ? "quiz.skip" : "quiz.scale." + quiz.scale() + "." + choice;
        };
    }
}

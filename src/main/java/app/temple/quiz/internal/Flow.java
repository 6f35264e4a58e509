package app.temple.quiz.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The screens of a quiz in order: the relationship question where the quiz has one, the items she is asked,
 * then the unscored safety question where the quiz has one. The results come after the last screen.
 */
public final class Flow {

    private Flow() {
    }

    public enum Kind { RELATIONSHIP, ITEM, SAFETY }

    /** One screen; {@code item} is the item's number for {@link Kind#ITEM}, otherwise 0. */
    public record Step(Kind kind, int item) {
    }

    public static List<Step> steps(QuizDefinition quiz, Answers answers) {
        List<Step> steps = new ArrayList<>();
        if (quiz.relationship()) {
            steps.add(new Step(Kind.RELATIONSHIP, 0));
        }
        for (Item item : quiz.itemsFor(answers.partnered())) {
            steps.add(new Step(Kind.ITEM, item.number()));
        }
        if (quiz.safetyQuestion()) {
            steps.add(new Step(Kind.SAFETY, 0));
        }
        return List.copyOf(steps);
    }

    /** The choices a screen offers, as the values its form posts. */
    public static List<String> choices(Step step) {
        return switch (step.kind()) {
            case RELATIONSHIP -> Answers.RELATIONSHIP;
            case SAFETY -> Answers.SAFETY;
            case ITEM -> List.of("1", "2", "3", "4", "5", "x");
        };
    }

    /** The answer this screen already holds, as its form value, or null. */
    public static String chosen(Step step, Answers answers) {
        return switch (step.kind()) {
            case RELATIONSHIP -> answers.relationship();
            case SAFETY -> answers.safety();
            case ITEM -> {
                int value = answers.item(step.item());
                yield value == Answers.SKIPPED ? "x" : value == Answers.NOT_REACHED ? null : String.valueOf(value);
            }
        };
    }

    /**
     * Records a choice on a screen.
     *
     * @throws IllegalArgumentException when the screen does not offer it
     */
    public static Answers choose(Step step, Answers answers, String choice) {
        if (!choices(step).contains(choice)) {
            throw new IllegalArgumentException("not a choice on this screen");
        }
        return switch (step.kind()) {
            case RELATIONSHIP -> answers.withRelationship(choice);
            case SAFETY -> answers.withSafety(choice);
            case ITEM -> answers.withItem(step.item(), choice.equals("x") ? Answers.SKIPPED : Integer.parseInt(choice));
        };
    }
}

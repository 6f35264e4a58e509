package app.temple.quiz.internal;

/**
 * The rule set a quiz version is scored by, named in its file as {@code scoring: 1} or {@code scoring: 2}. Both
 * score a dimension the same way (reverse keys, the mean of what was answered, 0–100); they differ only in how many
 * answers a dimension needs before it gets a score at all. A version keeps its rule set for good, so a result saved
 * under it, or a comparison stored under it, scores the same tomorrow as the day she took it.
 */
public enum ScoringRules {

    /** content/quizzes.md §0.1 and §1: at least 75% of a dimension's items answered. */
    ONE(1) {
        @Override
        public int answersNeeded(int items) {
            return Math.max(1, (3 * items + 3) / 4);
        }
    },

    /**
     * content/quizzes.md §0.2: at least two thirds of its items, and never fewer than two (2 items → 2, 3 → 2,
     * 4 → 3, 5 → 4, 6 → 4), so a dimension survives one skip. A one-item dimension needs its one item.
     */
    TWO(2) {
        @Override
        public int answersNeeded(int items) {
            return Math.min(items, Math.max(2, (2 * items + 2) / 3));
        }
    };

    private final int number;

    ScoringRules(int number) {
        this.number = number;
    }

    /** What a quiz file writes; a file that names none is scored by rule set 1, as every file was before §0.2. */
    public int number() {
        return number;
    }

    /** How many of a dimension's {@code items} must be answered for it to have a score. */
    public abstract int answersNeeded(int items);

    public boolean enough(int answered, int items) {
        return answered > 0 && answered >= answersNeeded(items);
    }

    /** The rule set a file names, or null when there is none with that number. */
    public static ScoringRules numbered(int number) {
        for (ScoringRules rules : values()) {
            if (rules.number == number) {
                return rules;
            }
        }
        return null;
    }
}

package app.temple.quiz.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What she has answered so far, as it rides along in the quiz's form posts (never in a URL, a cookie or the
 * server): one character per item ({@code 1}–{@code 5}, {@code x} for "prefer not to answer", {@code .} for not
 * yet reached), the relationship answer and the safety answer.
 */
public record Answers(String relationship, int[] items, String safety) {

    public static final int SKIPPED = 0;
    public static final int NOT_REACHED = -1;
    public static final List<String> RELATIONSHIP = List.of("yes", "no", "complicated");
    public static final List<String> SAFETY = List.of("yes", "not-sure", "no", "prefer-not", "no-partner");

    public static Answers empty(QuizDefinition quiz) {
        int[] items = new int[quiz.items().size()];
        Arrays.fill(items, NOT_REACHED);
        return new Answers(null, items, null);
    }

    /**
     * Reads the carried fields back.
     *
     * @throws IllegalArgumentException when they were not written by {@link #encoded()} for this quiz
     */
    public static Answers decode(QuizDefinition quiz, String encoded, String relationship, String safety) {
        String items = encoded == null ? "" : encoded;
        if (items.isEmpty()) {
            return new Answers(blankToNull(relationship, RELATIONSHIP), empty(quiz).items(), blankToNull(safety, SAFETY));
        }
        if (items.length() != quiz.items().size() || !items.matches("[1-5x.]*")) {
            throw new IllegalArgumentException("the carried answers do not fit this quiz");
        }
        int[] values = new int[items.length()];
        for (int i = 0; i < values.length; i++) {
            char c = items.charAt(i);
            values[i] = c == 'x' ? SKIPPED : c == '.' ? NOT_REACHED : c - '0';
        }
        return new Answers(blankToNull(relationship, RELATIONSHIP), values, blankToNull(safety, SAFETY));
    }

    private static String blankToNull(String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("unknown answer");
        }
        return value;
    }

    /** The item answers as one short string for a hidden field. */
    public String encoded() {
        StringBuilder text = new StringBuilder(items.length);
        for (int value : items) {
            text.append(value == SKIPPED ? 'x' : value == NOT_REACHED ? '.' : (char) ('0' + value));
        }
        return text.toString();
    }

    /** Someone not asked the relationship question counts as partnered; "no" and "it's complicated" do not. */
    public boolean partnered() {
        return relationship == null || relationship.equals("yes");
    }

    /** She said she does not feel safe, or is not sure. */
    public boolean unsafe() {
        return "no".equals(safety) || "not-sure".equals(safety);
    }

    /** The raw answer to item {@code number} (1-based): 1–5, or {@link #SKIPPED} / {@link #NOT_REACHED}. */
    public int item(int number) {
        return items[number - 1];
    }

    public Answers withItem(int number, int value) {
        int[] copy = items.clone();
        copy[number - 1] = value;
        return new Answers(relationship, copy, safety);
    }

    public Answers withRelationship(String value) {
        return new Answers(value, items, safety);
    }

    public Answers withSafety(String value) {
        return new Answers(relationship, items, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && java.util.Objects.equals(relationship, that.relationship)
                && Arrays.equals(items, that.items) && java.util.Objects.equals(safety, that.safety);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    /** Never the answers themselves: this may end up in a log line. */
    @Override
    public String toString() {
        return "Answers[" + items.length + " items]";
    }
}

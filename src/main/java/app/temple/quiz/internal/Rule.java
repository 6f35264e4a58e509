package app.temple.quiz.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A profile or overlay rule, written in a quiz file as a small sentence:
 * <pre>
 *   always
 *   R >= 60 and D >= 60
 *   SP >= RS + 10
 *   S highest                      (ties go to the earlier dimension)
 *   need.HT highest of needs and need.HT >= 50
 *   top-two within 8 and none >= 60
 *   item.5 >= 4                    (the answer as given, before any reversal)
 *   AX >= 42 and AX <= 58 or AV >= 42 and AV <= 58
 * </pre>
 * "or" binds looser than "and". A rule that needs a value with no score evaluates to {@link Truth#MISSING}.
 */
public final class Rule {

    /** Where a rule reads its values: scores by name, and the names of a group in the quiz's order. */
    public interface Values {
        /** The value, or null when it has no score. */
        Integer get(String name);

        /** The names in a group, e.g. {@code dimensions}; empty for an unknown group. */
        List<String> group(String name);
    }

    public enum Truth { TRUE, FALSE, MISSING }

    static final String DIMENSIONS = "dimensions";

    private final String source;
    private final List<List<Clause>> alternatives;

    private Rule(String source, List<List<Clause>> alternatives) {
        this.source = source;
        this.alternatives = alternatives;
    }

    public static Rule parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a rule is empty");
        }
        List<List<Clause>> alternatives = new ArrayList<>();
        for (String alternative : source.trim().split("\\s+or\\s+")) {
            List<Clause> clauses = new ArrayList<>();
            for (String clause : alternative.split("\\s+and\\s+")) {
                clauses.add(Clause.parse(clause.trim().split("\\s+")));
            }
            alternatives.add(List.copyOf(clauses));
        }
        return new Rule(source.trim(), List.copyOf(alternatives));
    }

    public boolean isAlways() {
        return alternatives.size() == 1 && alternatives.get(0).size() == 1 && alternatives.get(0).get(0) instanceof Always;
    }

    public Truth evaluate(Values values) {
        boolean missing = false;
        for (List<Clause> clauses : alternatives) {
            Truth truth = Truth.TRUE;
            for (Clause clause : clauses) {
                Truth next = clause.evaluate(values);
                if (next == Truth.MISSING) {
                    truth = Truth.MISSING;
                    break;
                }
                if (next == Truth.FALSE) {
                    truth = Truth.FALSE;
                }
            }
            if (truth == Truth.TRUE) {
                return Truth.TRUE;
            }
            missing |= truth == Truth.MISSING;
        }
        return missing ? Truth.MISSING : Truth.FALSE;
    }

    /** Every value name and group name the rule reads, for validation. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        alternatives.forEach(clauses -> clauses.forEach(clause -> names.addAll(clause.names())));
        return names;
    }

    /**
     * Why the rule can never be true, or null when it can: every alternative holds two comparisons of the same
     * value with a number that no score satisfies together (e.g. {@code S >= 60 and S < 40}), or compares a
     * score with a number it can never reach.
     */
    public String whyNeverTrue(Function<String, int[]> rangeOf) {
        List<String> reasons = new ArrayList<>();
        for (List<Clause> clauses : alternatives) {
            String reason = impossible(clauses, rangeOf);
            if (reason == null) {
                return null;
            }
            reasons.add(reason);
        }
        return String.join("; ", reasons);
    }

    private static String impossible(List<Clause> clauses, Function<String, int[]> rangeOf) {
        java.util.Map<String, int[]> bounds = new java.util.TreeMap<>();
        for (Clause clause : clauses) {
            if (clause instanceof Compare compare && compare.left instanceof Term.Name name
                    && compare.right instanceof Term.Number number) {
                int[] range = bounds.computeIfAbsent(name.name(), n -> rangeOf.apply(n).clone());
                int n = number.value();
                switch (compare.op) {
                    case ">=" -> range[0] = Math.max(range[0], n);
                    case ">" -> range[0] = Math.max(range[0], n + 1);
                    case "<=" -> range[1] = Math.min(range[1], n);
                    case "<" -> range[1] = Math.min(range[1], n - 1);
                    default -> { }
                }
                if (range[0] > range[1]) {
                    return "no score of " + name.name() + " satisfies every condition on it";
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A value in a comparison: a name, a number, or a name plus or minus a number, or a number minus a name. */
    public sealed interface Term {
        Integer value(Values values);

        Set<String> names();

        record Name(String name) implements Term {
            public Integer value(Values values) {
                return values.get(name);
            }

            public Set<String> names() {
                return Set.of(name);
            }
        }

        record Number(int value) implements Term {
            public Integer value(Values values) {
                return value;
            }

            public Set<String> names() {
                return Set.of();
            }
        }

        /** {@code left + sign * right} */
        record Sum(Term left, int sign, Term right) implements Term {
            public Integer value(Values values) {
                Integer a = left.value(values);
                Integer b = right.value(values);
                return a == null || b == null ? null : a + sign * b;
            }

            public Set<String> names() {
                Set<String> names = new TreeSet<>(left.names());
                names.addAll(right.names());
                return names;
            }
        }

        static Term parse(String... tokens) {
            if (tokens.length == 1) {
                return atom(tokens[0]);
            }
            if (tokens.length == 3 && (tokens[1].equals("+") || tokens[1].equals("-"))) {
                return new Sum(atom(tokens[0]), tokens[1].equals("+") ? 1 : -1, atom(tokens[2]));
            }
            throw new IllegalArgumentException("cannot read '" + String.join(" ", tokens)
                    + "': expected a name, a number, or 'name + number'");
        }

        private static Term atom(String token) {
            if (token.matches("-?\\d+")) {
                return new Number(Integer.parseInt(token));
            }
            if (token.matches("[A-Za-z][A-Za-z0-9_.]*")) {
                return new Name(token);
            }
            throw new IllegalArgumentException("cannot read '" + token + "' as a name or a number");
        }
    }

    private sealed interface Clause {
        Truth evaluate(Values values);

        Set<String> names();

        static Clause parse(String[] t) {
            String text = String.join(" ", t);
            if (t.length == 1 && t[0].equals("always")) {
                return new Always();
            }
            if (t.length >= 2 && t[1].equals("highest")) {
                if (t.length == 2) {
                    return new Highest(t[0], DIMENSIONS);
                }
                if (t.length == 4 && t[2].equals("of")) {
                    return new Highest(t[0], t[3]);
                }
            }
            if (t.length >= 3 && t[0].equals("top-two") && t[1].equals("within") && t[2].matches("\\d+")) {
                if (t.length == 3) {
                    return new TopTwoWithin(Integer.parseInt(t[2]), DIMENSIONS);
                }
                if (t.length == 5 && t[3].equals("of")) {
                    return new TopTwoWithin(Integer.parseInt(t[2]), t[4]);
                }
            }
            if (t.length >= 3 && t[0].equals("none") && isOperator(t[1]) && t[2].matches("\\d+")) {
                if (t.length == 3) {
                    return new None(t[1], Integer.parseInt(t[2]), DIMENSIONS);
                }
                if (t.length == 5 && t[3].equals("of")) {
                    return new None(t[1], Integer.parseInt(t[2]), t[4]);
                }
            }
            for (int i = 1; i < t.length - 1; i++) {
                if (isOperator(t[i])) {
                    return new Compare(Term.parse(Arrays.copyOfRange(t, 0, i)), t[i],
                            Term.parse(Arrays.copyOfRange(t, i + 1, t.length)));
                }
            }
            throw new IllegalArgumentException("cannot read the condition '" + text + "'");
        }

        private static boolean isOperator(String token) {
            return Set.of(">=", "<=", ">", "<").contains(token);
        }
    }

    private record Always() implements Clause {
        public Truth evaluate(Values values) {
            return Truth.TRUE;
        }

        public Set<String> names() {
            return Set.of();
        }
    }

    private record Compare(Term left, String op, Term right) implements Clause {
        public Truth evaluate(Values values) {
            Integer a = left.value(values);
            Integer b = right.value(values);
            if (a == null || b == null) {
                return Truth.MISSING;
            }
            return truth(compare(a, op, b));
        }

        public Set<String> names() {
            Set<String> names = new TreeSet<>(left.names());
            names.addAll(right.names());
            return names;
        }
    }

    /** Highest: greater than or equal to every other in the group; on a tie, the earlier one in the group wins. */
    private record Highest(String name, String group) implements Clause {
        public Truth evaluate(Values values) {
            List<String> members = values.group(group);
            if (members.stream().anyMatch(member -> values.get(member) == null)) {
                return Truth.MISSING;
            }
            String top = members.stream().max(Comparator.<String>comparingInt(values::get)
                    .thenComparing(Comparator.<String>comparingInt(members::indexOf).reversed())).orElse(null);
            return truth(name.equals(top));
        }

        public Set<String> names() {
            return Set.of(name, "group:" + group);
        }
    }

    private record TopTwoWithin(int points, String group) implements Clause {
        public Truth evaluate(Values values) {
            List<String> members = values.group(group);
            if (members.size() < 2 || members.stream().anyMatch(member -> values.get(member) == null)) {
                return Truth.MISSING;
            }
            int[] sorted = members.stream().mapToInt(values::get).sorted().toArray();
            return truth(sorted[sorted.length - 1] - sorted[sorted.length - 2] <= points);
        }

        public Set<String> names() {
            return Set.of("group:" + group);
        }
    }

    /** "none >= 60": no member of the group satisfies the comparison. */
    private record None(String op, int number, String group) implements Clause {
        public Truth evaluate(Values values) {
            List<String> members = values.group(group);
            if (members.stream().anyMatch(member -> values.get(member) == null)) {
                return Truth.MISSING;
            }
            return truth(members.stream().noneMatch(member -> compare(values.get(member), op, number)));
        }

        public Set<String> names() {
            return Set.of("group:" + group);
        }
    }

    private static boolean compare(int a, String op, int b) {
        return switch (op) {
            case ">=" -> a >= b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            case "<" -> a < b;
            default -> throw new IllegalStateException(op);
        };
    }

    private static Truth truth(boolean value) {
        return value ? Truth.TRUE : Truth.FALSE;
    }
}

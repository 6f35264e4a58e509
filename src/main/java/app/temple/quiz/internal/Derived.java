package app.temple.quiz.internal;

/** A value computed from the dimension scores, e.g. a "need" of {@code 100 - GS}, in a named group. */
public record Derived(String key, String group, Rule.Term term) {
}

package app.temple.quiz.internal;

/** A source the result page cites; {@code url} may be null. */
public record Citation(String text, String url) {
}

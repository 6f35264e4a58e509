package app.temple.course.internal;

/** One source a lesson cites: the key its text refers to, and the full reference. */
public record Citation(String key, String text) {
}

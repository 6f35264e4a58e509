package app.temple.mail;

import java.util.Locale;
import java.util.Map;

/**
 * One letter: its kind decides the neutral subject and the wording; values fill in the link, code or name.
 */
public record Letter(String to, Locale locale, LetterKind kind, Map<String, String> values) {
}

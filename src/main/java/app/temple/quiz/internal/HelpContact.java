package app.temple.quiz.internal;

/**
 * A support service a result page names. {@code number} is null where only the service, not its number, has been
 * confirmed (content/shared help-contacts: never a guessed number).
 */
public record HelpContact(Text name, String number, Text note) {

    /** The number as a {@code tel:} link dials it: digits, and a leading plus. */
    public String dial() {
        return number == null ? null : number.replaceAll("[^0-9+]", "");
    }
}

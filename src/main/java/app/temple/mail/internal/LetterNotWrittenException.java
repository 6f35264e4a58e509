package app.temple.mail.internal;

/**
 * A letter's wording could not be filled in. The message names the placeholder that lacked a value, never a value
 * or the address, so that it can be logged.
 */
final class LetterNotWrittenException extends IllegalStateException {

    LetterNotWrittenException(String message) {
        super(message);
    }
}

package app.temple.mail;

/**
 * The mail server did not accept a letter. The message names the letter's kind and the kind of failure, never
 * the address or the contents, so that it can be logged.
 */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message) {
        super(message);
    }
}

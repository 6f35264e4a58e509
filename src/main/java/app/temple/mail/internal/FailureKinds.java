package app.temple.mail.internal;

import java.util.StringJoiner;

/**
 * What can be logged of a failure about a letter: the kinds of exception in its chain, outermost first. Their
 * messages stay out, since a mail server's or a library's text can hold the address or the letter's values.
 */
final class FailureKinds {

    private FailureKinds() {
    }

    /** Such as {@code MailSendException < SocketException}. */
    static String of(Throwable failure) {
        StringJoiner chain = new StringJoiner(" < ");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String simple = cause.getClass().getSimpleName();
            chain.add(simple.isEmpty() ? cause.getClass().getName() : simple); // an anonymous class has no simple name
        }
        return chain.toString();
    }
}

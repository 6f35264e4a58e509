package app.temple.mail;

/**
 * Sends a discreet letter to one address: a neutral sender, a neutral subject, and a body that names neither the
 * platform's topic nor anything the reader did there (privacy rule 7). Over SMTP when a server is configured;
 * otherwise into the development outbox at {@code /dev/outbox}.
 */
public interface Mail {

    /**
     * Sends {@code letter} now.
     *
     * @throws MailNotSentException when the mail server did not accept it
     */
    void send(Letter letter);
}

package app.temple.mail;

/** Sends a discreet letter to one address. */
public interface Mail {

    void send(Letter letter);
}

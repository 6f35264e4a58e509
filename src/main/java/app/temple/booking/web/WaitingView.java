package app.temple.booking.web;

/** One of her places in a waitlist, on "My sessions": what she waits for, since when, and the form to leave. */
public record WaitingView(String practitioner, String type, String since, String leave) {
}

package app.temple.booking.web;

/**
 * The confirm step of a booking: what she is about to book, in her zone and the practitioner's, and the form.
 *
 * @param key   the form's idempotency key: the same form sent twice books once
 * @param note  what she wrote, kept when the form comes back with an error
 * @param error why the form came back, or null
 */
public record ConfirmView(PractitionerView practitioner, PractitionerView.TypeView type, String action, String start,
                          String zone, String whenHers, String whenTheirs, String key, String note, String error,
                          String back) {
}

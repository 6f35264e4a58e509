package app.temple.booking.web;

/**
 * The confirm step of a booking: what she is about to book, in her zone and the practitioner's, and the form.
 *
 * @param key   the form's idempotency key: the same form sent twice books once
 * @param note  what she wrote, kept when the form comes back with an error
 * @param error why the form came back, or null
 * @param share her items she may share with the practitioner, none ticked unless she ticked them
 * @param shareError the message key of why her choice of what to share came back, or null
 */
public record ConfirmView(PractitionerView practitioner, PractitionerView.TypeView type, String action, String start,
                          String zone, String whenHers, String whenTheirs, String key, String note, String error,
                          String back, java.util.List<ShareChoice> share, String shareError) {
}

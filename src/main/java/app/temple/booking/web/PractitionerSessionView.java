package app.temple.booking.web;

/**
 * One of the practitioner's sessions as her desk shows it, in her zone.
 *
 * @param clientNote  what the client wrote for her when booking (its read is in the client's access log); null for none
 * @param shared      the items the client chose to share, each opened for her (each opening in the client's access log)
 * @param sessionNote the practitioner's own private note; empty for none
 * @param upcoming    confirmed and not begun: she may cancel it
 * @param ended       confirmed and over: she may mark a no-show
 */
public record PractitionerSessionView(String path, String when, String zone, String type, String client,
                                      String statusKey, String room, String clientNote,
                                      java.util.List<app.temple.booking.internal.OpenedItem> shared, String sessionNote,
                                      boolean upcoming, boolean ended) {
}

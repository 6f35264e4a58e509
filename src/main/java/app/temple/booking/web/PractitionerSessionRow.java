package app.temple.booking.web;

/**
 * One session in the practitioner's list, in her zone.
 *
 * @param client    the name the client gave her account
 * @param withNote  whether the client wrote her a note; it is read on the session's own page, where the read is logged
 * @param statusKey the message key of where it stands
 */
public record PractitionerSessionRow(String path, String when, String type, String client, boolean withNote,
                                     String statusKey) {
}

package app.temple.booking.web;

/**
 * One practitioner on the admins' list.
 *
 * @param account  the address of the staff account linked to her profile, or null for none
 * @param upcoming how many confirmed sessions she has ahead; they stay when she is deactivated
 */
public record PractitionerAdminRow(String id, String name, String kindKey, String zone, boolean fictional, boolean active,
                                   String account, int upcoming) {
}

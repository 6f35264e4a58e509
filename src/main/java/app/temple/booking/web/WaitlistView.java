package app.temple.booking.web;

/**
 * The waitlist page of a practitioner's session type.
 *
 * @param state {@code join} (no free time: she may join), {@code waiting} (she is in line) or {@code free} (there are
 *              free times to book instead)
 */
public record WaitlistView(String practitioner, String type, String action, String slots, String zone,
                           java.util.List<String> zones, String state) {
}

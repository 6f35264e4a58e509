package app.temple.booking.web;

/**
 * One of her sessions as her pages show it.
 *
 * @param state        {@code allowed}, {@code window}, {@code past} or {@code closed}: what she may do with it
 * @param statusKey    the message key of its status
 * @param windowHours  the session type's cancellation window
 * @param room         the video room's address, for a confirmed session; null otherwise
 * @param note         her note to the practitioner, opened for her; null when she wrote none
 */
public record BookingView(String id, String path, String practitioner, String practitionerPath, String type,
                          String when, String whenTheirs, String zone, String statusKey, String state, long windowHours,
                          String room, String note) {

    public boolean mayChange() {
        return state.equals("allowed");
    }
}

package app.temple.booking.web;

/** Every path of the practitioner's desk and of the admins' practitioner pages, whole, so each can be grepped. */
final class PractitionerDeskRoutes {

    static final String DESK = "/desk";
    static final String SESSION = "/desk/sessions/{id}";
    static final String NO_SHOW = "/desk/sessions/{id}/no-show";
    static final String CANCEL = "/desk/sessions/{id}/cancel";
    static final String NOTE = "/desk/sessions/{id}/note";
    static final String REFUND = "/desk/sessions/{id}/refund";
    static final String ADMIN_REFUND = "/admin/sessions/{id}/refund";
    static final String AVAILABILITY = "/desk/availability";
    static final String PROFILE = "/desk/profile";
    static final String PHOTO = "/desk/profile/photo";
    static final String PHOTO_REMOVE = "/desk/profile/photo/remove";
    static final String SESSION_TYPES = "/desk/profile/session-types";
    static final String CALENDAR = "/desk/calendar";
    static final String CALENDAR_RENEW = "/desk/calendar/renew";
    static final String CALENDAR_REVOKE = "/desk/calendar/revoke";
    /** The subscription itself: the secret is the key, so no sign-in; see {@link PractitionerDeskAccess}. */
    static final String CALENDAR_FEED = "/desk/calendar/{secret}.ics";
    static final String ADMIN = "/admin/practitioners";
    static final String ADMIN_LINK = "/admin/practitioners/{id}/link";
    static final String ADMIN_ACTIVE = "/admin/practitioners/{id}/active";

    private PractitionerDeskRoutes() {
    }

    static String session(Object id) {
        return "/desk/sessions/" + id;
    }
}

package app.temple.booking.web;

/** Every path of the sessions pages, whole, so a route can be found by grepping it. */
final class BookingRoutes {

    static final String INDEX = "/sessions";
    static final String KIND = "/sessions/{kind}";
    static final String PRACTITIONERS = "/sessions/practitioners";
    static final String PRACTITIONER = "/sessions/practitioners/{practitioner}";
    /** Her photo, when she has uploaded one; served from here, with caching headers. */
    static final String PHOTO = "/sessions/practitioners/{practitioner}/photo";
    static final String SLOTS = "/sessions/practitioners/{practitioner}/{type}";
    static final String CONFIRM = "/sessions/practitioners/{practitioner}/{type}/confirm";
    static final String BOOK = "/sessions/practitioners/{practitioner}/{type}/book";
    static final String MINE = "/account/bookings";
    static final String ONE = "/account/bookings/{id}";
    static final String MOVE = "/account/bookings/{id}/move";
    static final String CANCEL = "/account/bookings/{id}/cancel";
    static final String SHARED = "/account/bookings/{id}/shared";

    private BookingRoutes() {
    }

    static String practitioner(String practitioner) {
        return "/sessions/practitioners/" + practitioner;
    }

    static String photo(String practitioner) {
        return practitioner(practitioner) + "/photo";
    }

    static String slots(String practitioner, String type) {
        return practitioner(practitioner) + "/" + type;
    }

    static String one(Object id) {
        return MINE + "/" + id;
    }
}

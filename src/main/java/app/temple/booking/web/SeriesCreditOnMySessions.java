package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.billing.SessionSeries;
import app.temple.booking.internal.Bookings;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;
import java.util.UUID;

/**
 * One of her sessions, and cancelling it, say when it took a session of her series: cancelling in time gives that
 * session back to her series rather than a payment. Asked only about her own bookings.
 */
@ControllerAdvice(assignableTypes = MySessionsController.class)
class SeriesCreditOnMySessions {

    private final Bookings bookings;
    private final SessionSeries series;

    SeriesCreditOnMySessions(Bookings bookings, SessionSeries series) {
        this.bookings = bookings;
        this.series = series;
    }

    @ModelAttribute("fromSeries")
    boolean fromSeries(@PathVariable Map<String, String> path) {
        UUID booking = id(path.get("id"));
        return booking != null && CurrentMember.id().flatMap(member -> bookings.ofMember(member, booking))
                .filter(hers -> series.usedCredit(hers.id())).isPresent();
    }

    /** A booking's id from its path, or null for anything that is not one (the page itself answers 404 then). */
    private static UUID id(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}

package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.billing.SessionSeries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Map;

/**
 * A session type's free times and its confirm step say how many sessions of her series she has left ("2 of 4
 * sessions left"), and offer the series on sale. Only her own credits are counted, by her signed-in id.
 */
@ControllerAdvice(assignableTypes = {SessionsController.class, BookingController.class})
class SeriesCreditsOnBooking {

    private final SessionSeries series;

    SeriesCreditsOnBooking(SessionSeries series) {
        this.series = series;
    }

    @ModelAttribute("credits")
    SeriesCreditsView credits(@PathVariable Map<String, String> path) {
        String practitioner = path.get("practitioner");
        String type = path.get("type");
        if (practitioner == null || type == null) {
            return new SeriesCreditsView(null, List.of());
        }
        SessionSeries.Balance left = CurrentMember.id().flatMap(member -> series.balance(member, practitioner, type)).orElse(null);
        return new SeriesCreditsView(left, series.offers(practitioner, type));
    }
}

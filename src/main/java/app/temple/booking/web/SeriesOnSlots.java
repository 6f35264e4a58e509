package app.temple.booking.web;

import app.temple.booking.internal.SlotOffers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** A session type's page of free times says when it can be booked as a weekly series too, and links there. */
@ControllerAdvice(assignableTypes = SessionsController.class)
class SeriesOnSlots {

    private final SlotOffers offers;

    SeriesOnSlots(SlotOffers offers) {
        this.offers = offers;
    }

    @ModelAttribute("seriesWeeks")
    int seriesWeeks(@PathVariable Map<String, String> path) {
        String practitioner = path.get("practitioner");
        String type = path.get("type");
        if (practitioner == null || type == null) {
            return 0;
        }
        // the page's own offer, kept in memory with its free times: no query of its own
        return offers.of(practitioner, type).map(SlotOffers.Offer::seriesWeeks).orElse(0);
    }
}

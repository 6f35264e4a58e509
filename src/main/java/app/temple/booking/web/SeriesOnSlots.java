package app.temple.booking.web;

import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SeriesOffers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** A session type's page of free times says when it can be booked as a weekly series too, and links there. */
@ControllerAdvice(assignableTypes = SessionsController.class)
class SeriesOnSlots {

    private final Practitioners practitioners;
    private final SeriesOffers offers;

    SeriesOnSlots(Practitioners practitioners, SeriesOffers offers) {
        this.practitioners = practitioners;
        this.offers = offers;
    }

    @ModelAttribute("seriesWeeks")
    int seriesWeeks(@PathVariable Map<String, String> path) {
        String practitioner = path.get("practitioner");
        String type = path.get("type");
        if (practitioner == null || type == null) {
            return 0;
        }
        return practitioners.bySlug(practitioner)
                .flatMap(p -> practitioners.sessionTypes(p.id()).stream().filter(t -> t.slug().equals(type)).findFirst())
                .flatMap(t -> offers.weeks(t.id())).orElse(0);
    }
}

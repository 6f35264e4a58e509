package app.temple.booking.web;

import app.temple.billing.SessionPayments;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.Bookings;
import app.temple.booking.internal.Desk;
import app.temple.booking.internal.PaidBookings;
import app.temple.booking.internal.Practitioner;
import app.temple.site.ConfirmStep;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Refunding a paid session whatever the cancellation window says: the practitioner for her own client's session, from
 * her desk, or an admin for any. Each asks first; a session that is not hers, or has no payment to give back, is a 404.
 * The refund is recorded when the provider reports it.
 */
@Controller
class SessionRefundController {

    private final PractitionerDeskContext context;
    private final Desk desk;
    private final PaidBookings paid;
    private final Bookings bookings;

    SessionRefundController(PractitionerDeskContext context, Desk desk, PaidBookings paid, Bookings bookings) {
        this.context = context;
        this.desk = desk;
        this.paid = paid;
        this.bookings = bookings;
    }

    @GetMapping(PractitionerDeskRoutes.REFUND)
    ModelAndView askPractitioner(@PathVariable String id) {
        Booking booking = context.session(context.me(), id);
        refundableOrNotFound(booking.id());
        String session = PractitionerDeskRoutes.session(booking.id());
        return ask(session + "/refund", session);
    }

    @PostMapping(PractitionerDeskRoutes.REFUND)
    ModelAndView refundByPractitioner(@PathVariable String id) {
        Practitioner me = context.me();
        Booking booking = context.session(me, id);
        return answer(desk.refund(me, booking.id()), PractitionerDeskRoutes.session(booking.id()));
    }

    @GetMapping(PractitionerDeskRoutes.ADMIN_REFUND)
    ModelAndView askAdmin(@PathVariable String id) {
        UUID booking = anyBooking(id);
        refundableOrNotFound(booking);
        return ask("/admin/sessions/" + booking + "/refund", PractitionerDeskRoutes.ADMIN);
    }

    @PostMapping(PractitionerDeskRoutes.ADMIN_REFUND)
    ModelAndView refundByAdmin(@PathVariable String id) {
        UUID booking = anyBooking(id);
        return answer(paid.refund(booking), PractitionerDeskRoutes.ADMIN);
    }

    private static ModelAndView ask(String action, String back) {
        return new ConfirmStep("desk.refund.confirm.title", "desk.refund.confirm.text", List.of(), action, Map.of(),
                "desk.refund.confirm.button", back).page();
    }

    private static ModelAndView answer(SessionPayments.Refund refund, String back) {
        return switch (refund) {
            case REQUESTED -> new ModelAndView("redirect:" + back + (back.startsWith("/desk") ? "?done=refund" : ""));
            case NOTHING_TO_REFUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case PROVIDER_UNAVAILABLE -> new ModelAndView("billing/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        };
    }

    private void refundableOrNotFound(UUID booking) {
        if (!paid.refundable(booking)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private UUID anyBooking(String id) {
        try {
            return bookings.byId(UUID.fromString(id)).map(Booking::id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

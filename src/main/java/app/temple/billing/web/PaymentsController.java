package app.temple.billing.web;

import app.temple.billing.SessionDetails;
import app.temple.billing.internal.PaymentsLedger;
import app.temple.billing.internal.PurchaseState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The admin's list of payments: every purchase, newest first, filtered by status and paged from the last row shown
 * (so the thousandth page is as quick as the first). A paid session links to the sessions module's refund
 * confirmation, where the refund is asked for; nothing is changed from this page. It names no member.
 */
@Controller
class PaymentsController {

    static final String PATH = "/admin/payments";
    static final String ALL = "all";
    static final int PAGE_SIZE = 50;

    private final PaymentsLedger ledger;
    private final ObjectProvider<SessionDetails> sessions;

    PaymentsController(PaymentsLedger ledger, ObjectProvider<SessionDetails> sessions) {
        this.ledger = ledger;
        this.sessions = sessions;
    }

    /** A status or a starting row that is not one is a 400: nothing is guessed. */
    @GetMapping(PATH)
    ModelAndView list(@RequestParam(defaultValue = ALL) String status, @RequestParam(defaultValue = "") String after) {
        PurchaseState state = state(status);
        UUID from = after.isEmpty() ? null : Ids.parse(after);
        if (!after.isEmpty() && from == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        PaymentsLedger.Page page = ledger.page(state, from, PAGE_SIZE);
        List<UUID> booked = page.entries().stream().map(PaymentsLedger.Entry::booking).filter(Objects::nonNull).toList();
        SessionDetails details = sessions.getIfAvailable();
        Map<UUID, SessionDetails.Details> times = details == null ? Map.of() : details.of(booked);
        List<PaymentRow> rows = page.entries().stream()
                .map(entry -> new PaymentRow(entry, entry.booking() == null ? null : times.get(entry.booking()))).toList();
        ModelAndView view = new ModelAndView("billing/payments");
        view.addObject("rows", rows);
        view.addObject("status", state == null ? ALL : state.key());
        view.addObject("statuses", statuses());
        view.addObject("next", page.next().map(last -> PATH + "?status=" + (state == null ? ALL : state.key()) + "&after=" + last)
                .orElse(null));
        view.addObject("paged", from != null);
        return view;
    }

    static List<String> statuses() {
        return Stream.concat(Stream.of(ALL), Arrays.stream(PurchaseState.values()).map(PurchaseState::key)).toList();
    }

    private static PurchaseState state(String status) {
        if (ALL.equals(status)) {
            return null;
        }
        return Arrays.stream(PurchaseState.values()).filter(state -> state.key().equals(status)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}

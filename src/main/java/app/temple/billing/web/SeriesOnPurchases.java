package app.temple.billing.web;

import app.temple.account.CurrentMember;
import app.temple.billing.SessionSeries;
import app.temple.billing.internal.SeriesCredits;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Map;

/**
 * Her purchases page says, beside each series she bought, how many of its sessions she has left: hers alone, by
 * the purchase reference of each row.
 */
@ControllerAdvice(assignableTypes = PurchasesController.class)
class SeriesOnPurchases {

    private final SeriesCredits credits;

    SeriesOnPurchases(SeriesCredits credits) {
        this.credits = credits;
    }

    @ModelAttribute("seriesLeft")
    Map<String, SessionSeries.Balance> seriesLeft() {
        return CurrentMember.id().map(credits::ofPurchases).orElse(Map.of());
    }
}

package app.temple.booking.web;

import app.temple.billing.SessionSeries;

import java.util.List;

/**
 * A session type's series of sessions, for its pages: how many sessions of her series she has left, and the series
 * on sale (bought through billing's own checkout form).
 *
 * @param left   her unused sessions of this session type; null when she holds none (or is not signed in)
 * @param offers the series on sale; empty when none is, or no provider is set up
 */
public record SeriesCreditsView(SessionSeries.Balance left, List<SessionSeries.Offer> offers) {

    /** Whether a booking now uses one of her credits rather than a payment. */
    public boolean credited() {
        return left != null;
    }
}

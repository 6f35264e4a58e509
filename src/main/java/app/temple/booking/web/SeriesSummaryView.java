package app.temple.booking.web;

/** One of her weekly series on "My sessions": what it is, how many sessions are still to come, and the next. */
public record SeriesSummaryView(String type, String practitioner, int coming, String next, String nextPath) {
}

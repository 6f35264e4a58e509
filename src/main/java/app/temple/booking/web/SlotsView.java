package app.temple.booking.web;

import java.util.List;

/**
 * A week of free times, shown in her zone.
 *
 * @param action   where the zone form goes (this page)
 * @param from     the week's first day, ISO, for the zone form to keep
 * @param earlier  the previous week's page, or null when this week is the first with times
 * @param later    the next week's page, or null when the horizon ends in this week
 */
public record SlotsView(String heading, String action, String zone, List<String> zones, String from, List<Day> days,
                        String earlier, String later, boolean none) {

    /** One of her days, with its times. */
    public record Day(String label, List<Time> times) {
    }

    /** One free start time: its label in her zone (and the practitioner's, for reference) and its link. */
    public record Time(String label, String theirs, String href) {
    }
}

package app.temple.booking.web;

import java.util.List;

/**
 * The step that confirms a weekly series: every session, in her zone and the practitioner's.
 *
 * @param error the week that cannot be had, said in words, or null
 */
public record SeriesView(String practitioner, String type, int weeks, String action, String start, String zone,
                         String key, List<Occurrence> occurrences, String error, String back) {

    /** One week of the series. */
    public record Occurrence(int week, String when, String whenTheirs) {
    }
}

package app.temple.booking.web;

import java.util.List;

/** "That time was just taken": the nearest free times instead, and the way back to all of them. */
public record TakenView(List<SlotsView.Time> nearest, String back) {
}

package app.temple.booking.web;

import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Slot;
import app.temple.booking.internal.SlotCalendar;
import app.temple.site.Dates;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The week-of-free-times screen, shared by booking a new session and moving one of hers: one week of her days at a
 * time, each time a link to the step that confirms it. Plain links and a GET form, so it works without a script.
 */
@Component
class SlotPage {

    static final int DAYS = 7;

    private final Clock clock;

    SlotPage(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param page  this page's path, for the week links and the zone form
     * @param from  the first day to show in her zone, or null for the first day with a free time
     * @param href  the link of one free time (start and zone are in it)
     */
    SlotsView week(String heading, List<Slot> free, Practitioner practitioner, ZoneId zone, LocalDate from, Locale locale,
                   String page, Function<Slot, String> href) {
        Map<LocalDate, List<Slot>> byDay = SlotCalendar.byDay(free, zone);
        LocalDate first = byDay.keySet().stream().findFirst().orElse(null);
        LocalDate start = from != null ? from : first != null ? first : LocalDate.now(clock.withZone(zone));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        List<SlotsView.Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = start.plusDays(i);
            List<Slot> slots = byDay.getOrDefault(date, List.of());
            if (!slots.isEmpty()) {
                days.add(new SlotsView.Day(day.format(date), slots.stream().map(slot -> new SlotsView.Time(
                        Dates.time(slot.start(), zone, locale),
                        zone.equals(practitioner.zone()) ? null : Dates.time(slot.start(), practitioner.zone(), locale),
                        href.apply(slot))).toList()));
            }
        }
        LocalDate last = byDay.keySet().stream().reduce((a, b) -> b).orElse(null);
        String earlier = first != null && start.isAfter(first) ? weekLink(page, zone, start.minusDays(DAYS)) : null;
        String later = last != null && !start.plusDays(DAYS).isAfter(last) ? weekLink(page, zone, start.plusDays(DAYS)) : null;
        return new SlotsView(heading, page, zone.getId(), MemberZones.choices(zone), start.toString(), days, earlier, later,
                free.isEmpty());
    }

    private static String weekLink(String page, ZoneId zone, LocalDate from) {
        return UriComponentsBuilder.fromPath(page).queryParam("zone", zone.getId()).queryParam("from", from.toString())
                .encode().build().toUriString();
    }

    /** A page in her zone. */
    static String inZone(String path, ZoneId zone) {
        return UriComponentsBuilder.fromPath(path).queryParam("zone", zone.getId()).encode().build().toUriString();
    }

    /** A link with the start and zone of a free time. */
    static String withSlot(String path, Slot slot, ZoneId zone) {
        return UriComponentsBuilder.fromPath(path).queryParam("start", slot.start().toString()).queryParam("zone", zone.getId())
                .encode().build().toUriString();
    }

    /**
     * The first day of a week page, if the parameter is a date within the next year and a bit; otherwise none (the first
     * week with times).
     */
    LocalDate fromParameter(String from, ZoneId zone) {
        if (from == null || from.length() != 10) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(from);
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return day.isBefore(today.minusDays(1)) || day.isAfter(today.plusDays(400)) ? null : day;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}

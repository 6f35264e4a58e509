package app.temple.booking.internal;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free slots across the daylight-saving changes of 2027: Europe/Stockholm (28 March, 31 October), America/New_York
 * (14 March, 7 November) and Asia/Tokyo, which has none.
 */
class SlotFinderUnitTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aStartTimeInTheSpringGapIsSkippedAndASessionAcrossItLastsItsRealMinutes() {
        LocalDate change = LocalDate.of(2027, 3, 28);
        Availability availability = on(STOCKHOLM, change, "01:00-05:00", 0, 0, 30);

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), dayBefore(change, STOCKHOLM));

        assertThat(localStarts(slots, STOCKHOLM)).containsExactly("01:00", "01:30", "03:00", "03:30", "04:00");
        Slot acrossTheChange = slots.get(1);
        assertThat(Duration.between(acrossTheChange.start(), acrossTheChange.end())).isEqualTo(Duration.ofMinutes(60));
        assertThat(acrossTheChange.end().atZone(STOCKHOLM).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(slots.getFirst().start()).isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
    }

    @Test
    void anAmbiguousAutumnTimeIsOfferedOnceAtItsFirstOccurrence() {
        LocalDate change = LocalDate.of(2027, 10, 31);
        Availability availability = on(STOCKHOLM, change, "01:00-04:00", 0, 0, 30);

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(30), List.of(), dayBefore(change, STOCKHOLM));

        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2027-10-30T23:00:00Z"), Instant.parse("2027-10-30T23:30:00Z"),
                Instant.parse("2027-10-31T00:00:00Z"), Instant.parse("2027-10-31T00:30:00Z"),
                Instant.parse("2027-10-31T02:00:00Z"), Instant.parse("2027-10-31T02:30:00Z"));
        // her hours end at 04:00 CET, which is four hours of real time after 01:00 CEST: the repeated hour is not offered
        assertThat(slots).extracting(Slot::start).doesNotContain(Instant.parse("2027-10-31T01:00:00Z"));
    }

    @Test
    void newYorkSpringGapIsSkipped() {
        LocalDate change = LocalDate.of(2027, 3, 14);
        Availability availability = on(NEW_YORK, change, "01:00-04:00", 0, 0, 30);

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(50), List.of(), dayBefore(change, NEW_YORK));

        // 01:30 EST + 50 real minutes is 03:20 EDT, inside her hours; 03:30 would end at 04:20, after them
        assertThat(localStarts(slots, NEW_YORK)).containsExactly("01:00", "01:30", "03:00");
        assertThat(slots.get(1).end().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(3, 20));
        assertThat(slots).extracting(Slot::start).containsExactly(Instant.parse("2027-03-14T06:00:00Z"),
                Instant.parse("2027-03-14T06:30:00Z"), Instant.parse("2027-03-14T07:00:00Z"));
    }

    @Test
    void newYorkAutumnOverlapUsesDaylightTimeForTheRepeatedHour() {
        LocalDate change = LocalDate.of(2027, 11, 7);
        Availability availability = on(NEW_YORK, change, "00:30-02:00", 0, 0, 30);

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(30), List.of(), dayBefore(change, NEW_YORK));

        // 01:00 and 01:30 come twice that night: offered once each, in daylight time (UTC-4); the repeat in standard
        // time (06:00Z, 06:30Z) is not a second chance to book the same local time
        assertThat(slots).extracting(Slot::start).containsExactly(
                Instant.parse("2027-11-07T04:30:00Z"), Instant.parse("2027-11-07T05:00:00Z"),
                Instant.parse("2027-11-07T05:30:00Z"));
    }

    @Test
    void aWeeklyStartKeepsItsLocalTimeAcrossTheChange() {
        Availability availability = weekly(STOCKHOLM, DayOfWeek.MONDAY, "09:00-10:00", 0, 0, 60);
        Instant now = Instant.parse("2027-03-20T12:00:00Z");

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), now);

        assertThat(slots).extracting(Slot::start).startsWith(Instant.parse("2027-03-22T08:00:00Z"),
                Instant.parse("2027-03-29T07:00:00Z"));
    }

    @Test
    void aZoneWithoutDaylightSavingKeepsItsInstantsWhileHerLocalTimeMoves() {
        Availability availability = weekly(TOKYO, DayOfWeek.MONDAY, "09:00-10:00", 0, 0, 60);
        Instant now = Instant.parse("2027-03-05T00:00:00Z");

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), now);
        Map<LocalDate, List<Slot>> inNewYork = SlotCalendar.byDay(slots, NEW_YORK);

        assertThat(slots).extracting(Slot::start).startsWith(Instant.parse("2027-03-08T00:00:00Z"),
                Instant.parse("2027-03-15T00:00:00Z"));
        // Monday 09:00 in Tokyo is Sunday evening in New York: 19:00 before its change, 20:00 after
        assertThat(inNewYork.keySet()).startsWith(LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 14));
        assertThat(inNewYork.get(LocalDate.of(2027, 3, 7)).getFirst().start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        assertThat(inNewYork.get(LocalDate.of(2027, 3, 14)).getFirst().start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(20, 0));
        // and in Stockholm, which changes two weeks later, 01:00 both weeks
        assertThat(SlotCalendar.byDay(slots, STOCKHOLM).keySet()).startsWith(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 15));
        assertThat(slots).extracting(slot -> slot.start().atZone(TOKYO).toLocalTime()).containsOnly(LocalTime.of(9, 0));
    }

    @Test
    void aStockholmPractitionerSeenFromNewYorkBetweenTheTwoChanges() {
        Availability availability = weekly(STOCKHOLM, DayOfWeek.TUESDAY, "15:00-16:00", 0, 0, 60);
        Instant now = Instant.parse("2027-03-06T00:00:00Z");

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), now);

        // 15:00 in Stockholm: 09:00 in New York, 10:00 in the two weeks New York has changed and Stockholm not, 09:00 again
        assertThat(slots).extracting(slot -> slot.start().atZone(NEW_YORK).toLocalTime().toString())
                .containsExactly("09:00", "10:00", "10:00", "09:00");
        assertThat(slots).extracting(slot -> slot.start().atZone(STOCKHOLM).toLocalTime()).containsOnly(LocalTime.of(15, 0));
    }

    @Test
    void anEndOfHoursInTheGapEndsWhereTheGapBegins() {
        LocalDate change = LocalDate.of(2027, 3, 28);
        Availability availability = on(STOCKHOLM, change, "00:00-02:30", 0, 0, 60);

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), dayBefore(change, STOCKHOLM));

        assertThat(localStarts(slots, STOCKHOLM)).containsExactly("00:00", "01:00");
    }

    @Test
    void buffersKeepNeighbouringSlotsFree() {
        LocalDate day = LocalDate.of(2027, 5, 10);
        Availability availability = on(STOCKHOLM, day, "09:00-13:00", 10, 15, 30);
        Instant booked = ZonedDateTime.of(day, LocalTime.of(10, 0), STOCKHOLM).toInstant();
        Slot existing = new Slot(booked, booked.plus(Duration.ofMinutes(50)));

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(50),
                List.of(existing.held(Duration.ofMinutes(10), Duration.ofMinutes(15))), dayBefore(day, STOCKHOLM));

        assertThat(localStarts(slots, STOCKHOLM)).containsExactly("11:30", "12:00");
    }

    @Test
    void minimumNoticeAndHorizonBoundTheOffer() {
        Availability availability = new Availability(STOCKHOLM, Map.of(DayOfWeek.MONDAY, List.of(LocalHours.parse("09:00-12:00"))),
                Map.of(), Duration.ZERO, Duration.ZERO, Duration.ofHours(2), Duration.ofDays(7), Duration.ofMinutes(60));
        Instant now = ZonedDateTime.of(2027, 5, 10, 8, 15, 0, 0, STOCKHOLM).toInstant();

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), now);

        assertThat(slots).extracting(slot -> LocalDateTime.ofInstant(slot.start(), STOCKHOLM).toString())
                .containsExactly("2027-05-10T11:00");
    }

    @Test
    void aDayOffRemovesItsHoursAndExtraHoursOpenAFreeDay() {
        LocalDate monday = LocalDate.of(2027, 5, 10);
        LocalDate sunday = LocalDate.of(2027, 5, 16);
        Availability availability = new Availability(STOCKHOLM, Map.of(DayOfWeek.MONDAY, List.of(LocalHours.parse("09:00-10:00"))),
                Map.of(monday, List.of(), sunday, List.of(LocalHours.parse("13:00-14:00"))), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, Duration.ofDays(10), Duration.ofMinutes(60));

        List<Slot> slots = SlotFinder.free(availability, Duration.ofMinutes(60), List.of(), dayBefore(monday, STOCKHOLM));

        assertThat(slots).extracting(slot -> LocalDateTime.ofInstant(slot.start(), STOCKHOLM).toString())
                .containsExactly("2027-05-16T13:00", "2027-05-17T09:00");
    }

    @Test
    void theNearestFreeSlotsSurroundTheOneAskedFor() {
        Instant base = Instant.parse("2027-05-10T09:00:00Z");
        List<Slot> free = List.of(0, 1, 2, 5, 6).stream()
                .map(hour -> new Slot(base.plus(Duration.ofHours(hour)), base.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(50))))
                .toList();

        assertThat(SlotFinder.nearest(free, base.plus(Duration.ofHours(3)), 3)).extracting(Slot::start)
                .containsExactly(base.plus(Duration.ofHours(1)), base.plus(Duration.ofHours(2)), base.plus(Duration.ofHours(5)));
    }

    @Test
    void aMemberMayChangeOnlyAConfirmedFutureSessionOutsideItsWindow() {
        Instant start = Instant.parse("2027-05-10T09:00:00Z");
        Duration window = Duration.ofHours(24);

        assertThat(ChangeRules.forMember(BookingStatus.CONFIRMED, start, window, start.minus(Duration.ofHours(25))))
                .isInstanceOf(ChangeRules.Allowed.class);
        assertThat(ChangeRules.forMember(BookingStatus.CONFIRMED, start, window, start.minus(Duration.ofHours(23))))
                .isEqualTo(new ChangeRules.InsideWindow(window));
        assertThat(ChangeRules.forMember(BookingStatus.CONFIRMED, start, window, start)).isInstanceOf(ChangeRules.Past.class);
        assertThat(ChangeRules.forMember(BookingStatus.CANCELLED, start, window, start.minus(Duration.ofDays(9))))
                .isEqualTo(new ChangeRules.Closed(BookingStatus.CANCELLED));
    }

    private static Availability on(ZoneId zone, LocalDate day, String hours, int before, int after, int step) {
        return new Availability(zone, Map.of(), Map.of(day, List.of(LocalHours.parse(hours))), Duration.ofMinutes(before),
                Duration.ofMinutes(after), Duration.ZERO, Duration.ofDays(3), Duration.ofMinutes(step));
    }

    private static Availability weekly(ZoneId zone, DayOfWeek weekday, String hours, int before, int after, int step) {
        return new Availability(zone, Map.of(weekday, List.of(LocalHours.parse(hours))), Map.of(), Duration.ofMinutes(before),
                Duration.ofMinutes(after), Duration.ZERO, Duration.ofDays(31), Duration.ofMinutes(step));
    }

    private static Instant dayBefore(LocalDate day, ZoneId zone) {
        return day.minusDays(1).atTime(12, 0).atZone(zone).toInstant();
    }

    private static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(slot -> slot.start().atZone(zone).toLocalTime().toString()).toList();
    }
}

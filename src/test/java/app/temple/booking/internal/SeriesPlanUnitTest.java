package app.temple.booking.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A weekly series keeps the practitioner's local time across the daylight-saving changes of 2027. */
class SeriesPlanUnitTest {

    private static final Duration FIFTY = Duration.ofMinutes(50);

    @ParameterizedTest(name = "{0} from {1}: {3} UTC before the change, {4} UTC after")
    @CsvSource({
            // Stockholm: summer time from 28 March, winter time from 31 October 2027
            "Europe/Stockholm, 2027-03-15T09:00, 4, 08:00, 07:00",
            "Europe/Stockholm, 2027-10-18T09:00, 4, 07:00, 08:00",
            // New York: daylight saving from 14 March, standard time from 7 November 2027
            "America/New_York, 2027-03-01T10:00, 4, 15:00, 14:00",
            "America/New_York, 2027-10-25T10:00, 4, 14:00, 15:00",
    })
    void everySessionIsAtTheSameLocalTimeAndMovesInRealTimeAtTheChange(String zoneName, String first, int weeks,
                                                                      String utcBefore, String utcAfter) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDateTime local = LocalDateTime.parse(first);
        List<Slot> slots = SeriesPlan.occurrences(local.atZone(zone).toInstant(), FIFTY, zone, weeks);

        assertThat(slots).hasSize(weeks);
        for (int week = 0; week < weeks; week++) {
            Slot slot = slots.get(week);
            assertThat(slot.start().atZone(zone).toLocalDateTime()).isEqualTo(local.plusWeeks(week));
            assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(FIFTY);
        }
        assertThat(slots.getFirst().start().atZone(ZoneId.of("UTC")).toLocalTime()).isEqualTo(LocalTime.parse(utcBefore));
        assertThat(slots.getLast().start().atZone(ZoneId.of("UTC")).toLocalTime()).isEqualTo(LocalTime.parse(utcAfter));
    }

    @Test
    void aLocalTimeTheSpringChangeSkipsIsTakenJustAfterTheGap() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        // Sunday 02:30 does not exist on 28 March 2027 in Stockholm
        List<Slot> slots = SeriesPlan.occurrences(LocalDateTime.parse("2027-03-21T02:30").atZone(stockholm).toInstant(), FIFTY, stockholm, 2);

        assertThat(slots.get(1).start()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(slots.get(1).start().atZone(stockholm).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void theFirstWeekOutsideHerHoursOrHeldIsNamed() {
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        LocalDate monday = LocalDate.parse("2027-03-15");
        Map<DayOfWeek, List<LocalHours>> weekly = Map.of(DayOfWeek.MONDAY, List.of(LocalHours.parse("09:00-12:00")));
        Availability plain = availability(zone, weekly, Map.of());
        List<Slot> slots = SeriesPlan.occurrences(monday.atTime(9, 0).atZone(zone).toInstant(), FIFTY, zone, 6);

        assertThat(SeriesPlan.firstCollision(slots, plain, List.of())).isEmpty();
        // a day off in week 5
        assertThat(SeriesPlan.firstCollision(slots, availability(zone, weekly, Map.of(monday.plusWeeks(4), List.of())), List.of()))
                .contains(5);
        // shorter hours in week 3
        assertThat(SeriesPlan.firstCollision(slots, availability(zone, weekly,
                Map.of(monday.plusWeeks(2), List.of(LocalHours.parse("09:30-12:00")))), List.of())).contains(3);
        // week 2 is held by another booking that overlaps its end
        Instant held = slots.get(1).end().minus(Duration.ofMinutes(10));
        assertThat(SeriesPlan.firstCollision(slots, plain, List.of(new TimeSpan(held, held.plus(Duration.ofHours(1))))))
                .contains(2);
    }

    private static Availability availability(ZoneId zone, Map<DayOfWeek, List<LocalHours>> weekly,
                                             Map<LocalDate, List<LocalHours>> overrides) {
        return new Availability(zone, weekly, overrides, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofDays(60),
                Duration.ofMinutes(30));
    }
}

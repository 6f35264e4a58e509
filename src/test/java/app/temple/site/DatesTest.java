package app.temple.site;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private static final Locale SWEDISH = Locale.of("sv");
    /** 13:30 UTC is 14:30 in Stockholm in December, and already the next day in Tokyo at 23:30. */
    private static final Instant AFTERNOON = Instant.parse("2026-12-05T13:30:00Z");
    private static final Instant LATE = Instant.parse("2026-12-05T23:30:00Z");

    @Test
    void aDayReadsDayMonthYearWithTheMonthWrittenOutInHerLanguage() {
        assertThat(Dates.day(LocalDate.of(2026, 12, 5), Locale.ENGLISH)).isEqualTo("5 December 2026");
        assertThat(Dates.day(LocalDate.of(2026, 12, 5), SWEDISH)).isEqualTo("5 december 2026");
        assertThat(Dates.day(LocalDate.of(2027, 3, 21), SWEDISH)).isEqualTo("21 mars 2027");
    }

    @Test
    void anInstantIsShownInTheZoneItIsAskedFor() {
        assertThat(Dates.dayAndTime(AFTERNOON, Dates.HOME, Locale.ENGLISH)).isEqualTo("5 December 2026, 14:30");
        assertThat(Dates.time(AFTERNOON, Dates.HOME, SWEDISH)).isEqualTo("14:30");
        assertThat(Dates.day(LATE, Dates.HOME, Locale.ENGLISH)).as("past midnight in Stockholm").isEqualTo("6 December 2026");
        assertThat(Dates.day(LATE, ZoneId.of("UTC"), Locale.ENGLISH)).isEqualTo("5 December 2026");
    }

    @Test
    void aSessionNamesItsWeekdayAndBothTimesInHerLanguage() {
        Instant start = Instant.parse("2027-04-12T07:00:00Z");
        Instant end = Instant.parse("2027-04-12T07:50:00Z");
        assertThat(Dates.weekdayAndTimes(start, end, Dates.HOME, Locale.ENGLISH)).isEqualTo("Monday 12 April 2027, 09:00–09:50");
        assertThat(Dates.weekdayAndTimes(start, end, Dates.HOME, SWEDISH)).isEqualTo("måndag 12 april 2027, 09:00–09:50");
        assertThat(Dates.weekdayAndTimes(start, end, ZoneId.of("UTC"), Locale.ENGLISH)).isEqualTo("Monday 12 April 2027, 07:00–07:50");
    }

    @Test
    void theMachineReadableDayIsIsoAndNothingIsShownForNoDate() {
        assertThat(Dates.machineDay(LATE, Dates.HOME)).isEqualTo("2026-12-06");
        assertThat(Dates.day((Instant) null, Dates.HOME, Locale.ENGLISH)).isEmpty();
        assertThat(Dates.day((LocalDate) null, Locale.ENGLISH)).isEmpty();
    }
}

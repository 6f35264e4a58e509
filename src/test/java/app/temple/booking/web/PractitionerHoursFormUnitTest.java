package app.temple.booking.web;

import app.temple.booking.internal.LocalHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How her typed hours are read: what is taken, in which order, and what is refused with which reason. */
class PractitionerHoursFormUnitTest {

    @Test
    void stretchesThatTouchAreTakenInOrderAndBlankDaysAreDaysOff() {
        PractitionerHoursForm form = form("13:00-17:00; 09:00-13:00", "", "2027-04-12 ledig\n\n2027-04-13 OFF\n2027-04-14 18:00-19:00");

        assertThat(form.problems()).isEmpty();
        assertThat(form.weekly()).containsOnlyKeys(DayOfWeek.MONDAY);
        assertThat(form.weekly().get(DayOfWeek.MONDAY)).containsExactly(hours(9, 13), hours(13, 17));
        Map<LocalDate, List<LocalHours>> overrides = form.overridesByDay();
        assertThat(overrides.get(LocalDate.of(2027, 4, 12))).isEmpty();
        assertThat(overrides.get(LocalDate.of(2027, 4, 13))).isEmpty();
        assertThat(overrides.get(LocalDate.of(2027, 4, 14))).containsExactly(hours(18, 19));
    }

    @Test
    void eachWrongFieldGetsItsOwnReason() {
        assertThat(form("09:00-12:00, 11:59-13:00", "", "").problems()).containsEntry("day1", "desk.hours.error.overlap");
        assertThat(form("12:00-09:00", "", "").problems()).containsEntry("day1", "desk.hours.error.hours");
        assertThat(form("", "09:00-24:00", "").problems()).containsEntry("day2", "desk.hours.error.hours");
        assertThat(form("", "", "2027-04-12").problems()).containsEntry("overrides", "desk.hours.error.overrides");
        assertThat(form("", "", "12/04/2027 off").problems()).containsEntry("overrides", "desk.hours.error.overrides");
        assertThat(form("", "", "2027-04-12 off\n2027-04-12 off").problems())
                .containsEntry("overrides", "desk.hours.error.overrideTwice");
        assertThat(form("", "", "2027-04-12 10:00-12:00, 11:00-13:00").problems())
                .containsEntry("overrides", "desk.hours.error.overlap");
        assertThat(new PractitionerHoursForm("UTC+1", List.of("", "", "", "", "", "", ""), "", "0", "0", "0", "30", "60")
                .problems()).containsOnlyKeys("zone");
        assertThat(new PractitionerHoursForm("Europe/Stockholm", List.of("", "", "", "", "", "", ""), "", "241", "0",
                "43201", "367", "4").problems()).containsOnlyKeys("bufferBefore", "notice", "horizon", "step");
    }

    private static PractitionerHoursForm form(String monday, String tuesday, String overrides) {
        return new PractitionerHoursForm("Europe/Stockholm", List.of(monday, tuesday, "", "", "", "", ""), overrides,
                "0", "0", "0", "30", "60");
    }

    private static LocalHours hours(int from, int to) {
        return new LocalHours(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }
}

package app.temple.journal.web;

import app.temple.journal.internal.EditorProblem;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the schedule fields as typed: what the date picker sends, what a person types, and what is refused. */
class ScheduleInputTest {

    @Test
    void readsTheDatePickersValueAndATypedSpace() {
        assertThat(ScheduleInput.time("2026-11-24T09:00")).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(ScheduleInput.time(" 2026-11-24 09:00 ")).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(ScheduleInput.time("2026-11-24T09:00:30")).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0, 30));
    }

    @Test
    void anEmptyTimeAndAnUnreadableOneAreDifferentProblems() {
        assertThatThrownBy(() -> ScheduleInput.time("")).isInstanceOfSatisfying(EditorProblem.class,
                problem -> assertThat(problem.messageKey()).isEqualTo("journal.editor.badTime"));
        for (String unreadable : new String[] {"next tuesday", "24/11/2026 09:00", "2026-02-30T09:00", "2026-11-24T25:00"}) {
            assertThatThrownBy(() -> ScheduleInput.time(unreadable)).as(unreadable).isInstanceOfSatisfying(EditorProblem.class,
                    problem -> assertThat(problem.messageKey()).isEqualTo("journal.editor.unreadableTime"));
        }
    }

    @Test
    void aTimeComesBackInTheFormTheDatePickerShows() {
        assertThat(ScheduleInput.shown("2026-11-24 09:00")).isEqualTo("2026-11-24T09:00");
        assertThat(ScheduleInput.shown("next tuesday")).isEqualTo("next tuesday");
    }

    @Test
    void aZoneIsFoundWhateverItsLetterCaseAndWithSpacesForUnderscores() {
        assertThat(ScheduleInput.zone("America/New_York")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(ScheduleInput.zone(" america/new york ")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(ScheduleInput.zone("EUROPE/STOCKHOLM")).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(ScheduleInput.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void anUnknownZoneOrAFixedOffsetIsRefused() {
        for (String unknown : new String[] {"", "Mars/Olympus_Mons", "+02:00", "GMT+2", "Stockholm"}) {
            assertThatThrownBy(() -> ScheduleInput.zone(unknown)).as(unknown).isInstanceOfSatisfying(EditorProblem.class,
                    problem -> assertThat(problem.messageKey()).isEqualTo("journal.editor.unknownZone"));
        }
    }
}

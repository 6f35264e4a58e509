package app.temple.booking.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reminder setting ({@code temple.booking.reminders}) and the key that names one reminder's job. */
class ReminderLeadsUnitTest {

    @Test
    void theSettingListsHowLongBeforeEachReminderGoesOut() {
        assertThat(ReminderLeads.parse("24h,1h")).containsExactly(Duration.ofHours(1), Duration.ofHours(24));
        assertThat(ReminderLeads.parse(" 90m , 2d ,90m")).containsExactly(Duration.ofMinutes(90), Duration.ofDays(2));
        assertThat(ReminderLeads.parse("")).isEmpty();
        assertThatThrownBy(() -> ReminderLeads.parse("30s")).hasMessageContaining("at least a minute");
        assertThatThrownBy(() -> ReminderLeads.parse("tomorrow")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReminderIsNamedByItsBookingLeadAndStartAndReadBackFromThatName() {
        ReminderKey key = new ReminderKey(UUID.randomUUID(), Duration.ofHours(24), Instant.parse("2027-03-29T07:00:00Z"));

        assertThat(key.instanceId()).isEqualTo(key.booking() + "/1440/" + key.start().getEpochSecond());
        assertThat(ReminderKey.ofInstanceId(key.instanceId())).isEqualTo(key);
        assertThat(key.due()).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
    }
}

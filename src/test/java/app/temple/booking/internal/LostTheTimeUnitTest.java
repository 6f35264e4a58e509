package app.temple.booking.internal;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which refusals mean the time went to someone else. The 200-member race once lost a booking attempt to a deadlock
 * between two inserts checking the exclusion constraint on each other's unfinished rows: that attempt must hear "that
 * time was just taken", not fail.
 */
class LostTheTimeUnitTest {

    @Test
    void anExclusionViolationAndADeadlockBetweenRacingInsertsBothMeanTheTimeIsTaken() {
        assertThat(BookingService.lostTheTime(new DataIntegrityViolationException("overlap",
                new SQLException("conflicting key value violates exclusion constraint", "23P01")))).isTrue();
        assertThat(BookingService.lostTheTime(new PessimisticLockingFailureException("deadlock",
                new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void otherRefusalsAreNotMistakenForATakenTime() {
        assertThat(BookingService.lostTheTime(new DataIntegrityViolationException("key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(BookingService.lostTheTime(new DataIntegrityViolationException("no cause"))).isFalse();
    }
}

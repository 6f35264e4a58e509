package app.temple.booking.internal;

import app.temple.booking.SessionBooked;
import app.temple.booking.SessionMoved;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plans a session's reminders when it is booked or moved. It listens inside the booking's own transaction (and
 * db-scheduler joins it), so a booking is never stored without its reminders nor a reminder without its booking.
 * A move plans new ones for the new start; the old ones find the start changed when they run and do nothing, and a
 * cancelled session's find it cancelled, so nothing has to be unplanned. A reminder whose moment has passed when the
 * session is booked (a session booked 3 hours ahead has no 24-hour reminder) is not planned.
 */
@Component
class ReminderPlanner {

    // the scheduler is built from every task bean, the sweep among them, which needs this planner: looked up late
    private final ObjectProvider<SchedulerClient> jobs;
    private final ReminderLeads leads;
    private final Clock clock;

    private final JdbcClient jdbc;

    ReminderPlanner(ObjectProvider<SchedulerClient> jobs, ReminderLeads leads, JdbcClient jdbc, Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.leads = leads;
        this.clock = clock;
    }

    @EventListener
    void on(SessionBooked booked) {
        plan(booked.bookingId(), booked.startsAt());
    }

    @EventListener
    void on(SessionMoved moved) {
        plan(moved.bookingId(), moved.startsAt());
    }

    /** The reminders planned for this booking and start; those due already are left out. */
    List<ReminderKey> plan(UUID booking, Instant start) {
        Instant now = clock.instant();
        List<ReminderKey> planned = leads.all().stream().map(lead -> new ReminderKey(booking, lead, start))
                .filter(key -> key.due().isAfter(now)).toList();
        for (ReminderKey key : planned) {
            jobs.getObject().scheduleIfNotExists(new TaskInstance<Void>(RemindersTask.NAME, key.instanceId()), key.due());
        }
        return planned;
    }

    /**
     * Plans the reminders still to come of every confirmed session up to a week beyond the longest reminder, so a
     * session is planned long before its first reminder is due even if the sweep stopped for days.
     * A reminder planned already is left as it is, and one that has gone out is not planned again (its moment has
     * passed); should one be planned twice all the same, the sender sends it once.
     *
     * @return how many sessions were looked at
     */
    @Transactional
    public int planMissing() {
        Instant now = clock.instant();
        Duration longest = leads.all().stream().max(Duration::compareTo).orElse(Duration.ZERO);
        record Ahead(UUID id, Instant start) {
        }
        List<Ahead> ahead = jdbc.sql("""
                select id, starts_at from booking_booking where status = 'confirmed' and starts_at > ? and starts_at <= ?
                """).params(Timestamp.from(now), Timestamp.from(now.plus(longest).plus(Duration.ofDays(7))))
                .query((row, i) -> new Ahead(row.getObject("id", UUID.class), row.getTimestamp("starts_at").toInstant())).list();
        ahead.forEach(session -> plan(session.id(), session.start()));
        return ahead.size();
    }
}

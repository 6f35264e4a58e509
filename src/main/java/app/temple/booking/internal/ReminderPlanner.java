package app.temple.booking.internal;

import app.temple.booking.SessionBooked;
import app.temple.booking.SessionMoved;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
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

    private final SchedulerClient jobs;
    private final ReminderLeads leads;
    private final Clock clock;

    ReminderPlanner(SchedulerClient jobs, ReminderLeads leads, Clock clock) {
        this.jobs = jobs;
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
            jobs.scheduleIfNotExists(new TaskInstance<Void>(RemindersTask.NAME, key.instanceId()), key.due());
        }
        return planned;
    }
}

package app.temple.booking.internal;

import app.temple.site.PolledEpoch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The epoch of the pages of free times. It moves:
 * <ul>
 *     <li>after each write here that commits (a booking made, moved, cancelled, held or released; her hours, rules,
 *     session types or series offer changed): the repositories call {@link #changed()};</li>
 *     <li>when a light poll sees that another instance of Temple, sharing the database, wrote any of those: rows of
 *     {@code booking_booking} changed lately (by their {@code updated_at}, which every write of a booking sets) and a
 *     checksum of the small tables behind the page;</li>
 *     <li>once a minute, because free times pass: a time inside her minimum notice stops being offered, and the
 *     horizon brings new ones. The minute also catches what the poll cannot see (a booking row deleted on another
 *     instance, or one written there with a clock far off), so nothing stays wrong for longer than that.</li>
 * </ul>
 * A time shown a moment too long is still safe: booking it answers "that time was just taken", as the database's
 * exclusion constraint decides.
 */
@Component
public class SlotEpoch extends PolledEpoch {

    /**
     * How far back the poll looks for changed bookings: far longer than any booking transaction stays open between
     * setting {@code updated_at} and committing, and than the clocks of two instances differ.
     */
    static final Duration LATELY = Duration.ofMinutes(2);

    private static final String STATE = """
            select (select count(*) || '/' || coalesce(sum(hashtextextended(id::text || updated_at::text || status, 0)::numeric), 0)
                    from booking_booking where updated_at > ?)
                || '|' || (select count(*) || '/' || coalesce(sum(hashtextextended(id::text || updated_at::text || active::text, 0)::numeric), 0)
                    from booking_practitioner)
                || '|' || (select count(*) || '/' || coalesce(sum(hashtextextended(t::text, 0)::numeric), 0) from booking_session_type t)
                || '|' || (select count(*) || '/' || coalesce(sum(hashtextextended(h::text, 0)::numeric), 0) from booking_weekly_hours h)
                || '|' || (select count(*) || '/' || coalesce(sum(hashtextextended(o::text, 0)::numeric), 0) from booking_date_override o)
                || '|' || (select count(*) || '/' || coalesce(sum(hashtextextended(s::text, 0)::numeric), 0) from booking_series_offer s)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SlotEpoch(JdbcClient jdbc, Clock clock, @Value("${temple.booking.change-poll:1s}") Duration pollEvery) {
        super("booking-slot-epoch", pollEvery);
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected String state() {
        Instant now = clock.instant();
        return now.truncatedTo(ChronoUnit.MINUTES) + "|"
                + jdbc.sql(STATE).param(Timestamp.from(now.minus(LATELY))).query(String.class).single();
    }

    /** Something the pages of free times show was written here: they are rendered afresh once it commits. */
    public void changed() {
        changedInThisTransaction();
    }
}

package app.temple.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which session types are offered as a weekly series, and of how many weeks ({@code booking_series_offer}). */
@Repository
public class SeriesOffers {

    private final JdbcClient jdbc;
    private final SlotEpoch slots;

    SeriesOffers(JdbcClient jdbc, SlotEpoch slots) {
        this.jdbc = jdbc;
        this.slots = slots;
    }

    /** How many weeks a series of this type has; empty when it is booked one session at a time. */
    public Optional<Integer> weeks(UUID sessionType) {
        return jdbc.sql("select weeks from booking_series_offer where session_type_id = ?").param(sessionType)
                .query(Integer.class).optional();
    }

    /** Offers the type as a series of {@code weeks}, or (with 0) stops offering it so. */
    public void offer(UUID sessionType, int weeks) {
        if (weeks == 0) {
            jdbc.sql("delete from booking_series_offer where session_type_id = ?").param(sessionType).update();
            slots.changed();
            return;
        }
        jdbc.sql("""
                insert into booking_series_offer (session_type_id, weeks) values (?, ?)
                on conflict (session_type_id) do update set weeks = excluded.weeks
                """).params(sessionType, weeks).update();
        slots.changed();
    }

    /** The bookings of one series of hers, earliest first. */
    List<UUID> bookingsOf(UUID member, UUID series) {
        return jdbc.sql("select id from booking_booking where member_id = ? and series_id = ? order by starts_at")
                .params(member, series).query(UUID.class).list();
    }

    /** Waits until no other transaction writes a series of this practitioner; held until this transaction ends. */
    void lockSeriesOf(UUID practitioner) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('booking-series:' || ?::text, 0))").param(practitioner)
                .query((row, i) -> 1).list();
    }

    void join(UUID booking, UUID series) {
        jdbc.sql("update booking_booking set series_id = ? where id = ?").params(series, booking).update();
    }

    /** Which series each of her bookings that belongs to one is part of. */
    public java.util.Map<UUID, UUID> seriesOfMember(UUID member) {
        java.util.Map<UUID, UUID> series = new java.util.HashMap<>();
        jdbc.sql("select id, series_id from booking_booking where member_id = ? and series_id is not null").param(member)
                .query((row, i) -> series.put(row.getObject("id", UUID.class), row.getObject("series_id", UUID.class))).list();
        return series;
    }

    /** The series a booking belongs to, if any. */
    public Optional<UUID> seriesOf(UUID booking) {
        return jdbc.sql("select series_id from booking_booking where id = ? and series_id is not null").param(booking)
                .query(UUID.class).optional();
    }
}

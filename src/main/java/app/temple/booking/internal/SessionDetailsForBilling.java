package app.temple.booking.internal;

import app.temple.billing.SessionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who holds a paid session and when, for billing's list of payments: one query for a page of bookings, by primary
 * key, whatever the number of bookings.
 */
@Component
class SessionDetailsForBilling implements SessionDetails {

    private final JdbcClient jdbc;

    SessionDetailsForBilling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Details> of(Collection<UUID> bookings) {
        if (bookings.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select b.id, p.name, b.starts_at from booking_booking b
                        join booking_practitioner p on p.id = b.practitioner_id where b.id in (:bookings)""")
                .param("bookings", bookings)
                .query((row, i) -> Map.entry(row.getObject("id", UUID.class),
                        new Details(row.getString("name"), row.getTimestamp("starts_at").toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

package app.temple.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The tables {@code booking_waitlist} and {@code booking_waitlist_offer}. */
@Repository
public class Waitlists {

    private static final String ENTRY = "id, member_id, practitioner_id, session_type_id, member_zone, language, joined_at";
    private static final String OFFER = "id, entry_id, starts_at, ends_at, expires_at, state";

    private final JdbcClient jdbc;

    Waitlists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds her to the end of the line; false when she is in it already. */
    boolean join(WaitlistEntry entry) {
        return jdbc.sql("""
                insert into booking_waitlist (id, member_id, practitioner_id, session_type_id, member_zone, language, joined_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (member_id, session_type_id) do nothing
                """).params(entry.id(), entry.member(), entry.practitioner(), entry.sessionType(), entry.memberZone().getId(),
                entry.language().getLanguage(), Timestamp.from(entry.joinedAt())).update() == 1;
    }

    /** Her entries, the earliest joined first. */
    public List<WaitlistEntry> ofMember(UUID member) {
        return jdbc.sql("select " + ENTRY + " from booking_waitlist where member_id = ? order by joined_at")
                .param(member).query(Waitlists::entry).list();
    }

    /** Her entry; empty when it is not hers or gone, which a page answers alike with 404. */
    public Optional<WaitlistEntry> ofMember(UUID member, UUID id) {
        return jdbc.sql("select " + ENTRY + " from booking_waitlist where id = ? and member_id = ?")
                .params(id, member).query(Waitlists::entry).optional();
    }

    Optional<WaitlistEntry> entry(UUID id) {
        return jdbc.sql("select " + ENTRY + " from booking_waitlist where id = ?").param(id).query(Waitlists::entry).optional();
    }

    /** Takes her off the line, with the offers made to her; false when it was not hers. */
    boolean leave(UUID member, UUID id) {
        return jdbc.sql("delete from booking_waitlist where id = ? and member_id = ?").params(id, member).update() == 1;
    }

    /**
     * The first in line for this session type who has not been offered this start yet, locked so that two nodes
     * offering one freed time at once pick different people or wait for each other.
     */
    Optional<WaitlistEntry> nextFor(UUID sessionType, Instant start) {
        return jdbc.sql("select " + ENTRY + """
                 from booking_waitlist w where session_type_id = ?
                    and not exists (select 1 from booking_waitlist_offer o where o.entry_id = w.id and o.starts_at = ?)
                order by joined_at, id limit 1 for update skip locked
                """).params(sessionType, Timestamp.from(start)).query(Waitlists::entry).optional();
    }

    void offer(WaitlistOffer offer, byte[] tokenHash, Instant now) {
        jdbc.sql("""
                insert into booking_waitlist_offer (id, entry_id, token_hash, starts_at, ends_at, offered_at, expires_at, state)
                values (?, ?, ?, ?, ?, ?, ?, 'open')
                """).params(offer.id(), offer.entry(), tokenHash, Timestamp.from(offer.slot().start()),
                Timestamp.from(offer.slot().end()), Timestamp.from(now), Timestamp.from(offer.expiresAt())).update();
    }

    Optional<WaitlistOffer> offerByTokenHash(byte[] tokenHash) {
        return jdbc.sql("select " + OFFER + " from booking_waitlist_offer where token_hash = ?").param(tokenHash)
                .query(Waitlists::offer).optional();
    }

    Optional<WaitlistOffer> offer(UUID id) {
        return jdbc.sql("select " + OFFER + " from booking_waitlist_offer where id = ?").param(id).query(Waitlists::offer).optional();
    }

    /** Moves an offer on from {@code from}; false when it was not in that state any more. */
    boolean settle(UUID offer, WaitlistOffer.State from, WaitlistOffer.State to) {
        return jdbc.sql("update booking_waitlist_offer set state = ? where id = ? and state = ?")
                .params(to.column(), offer, from.column()).update() == 1;
    }

    /** Her offers, for her export. */
    List<WaitlistOffer> offersOf(UUID member) {
        return jdbc.sql("select o.id, o.entry_id, o.starts_at, o.ends_at, o.expires_at, o.state from booking_waitlist_offer o "
                        + "join booking_waitlist w on w.id = o.entry_id where w.member_id = ? order by o.offered_at")
                .param(member).query(Waitlists::offer).list();
    }

    int deleteOf(UUID member) {
        return jdbc.sql("delete from booking_waitlist where member_id = ?").param(member).update();
    }

    private static WaitlistEntry entry(ResultSet row, int i) throws SQLException {
        return new WaitlistEntry(row.getObject("id", UUID.class), row.getObject("member_id", UUID.class),
                row.getObject("practitioner_id", UUID.class), row.getObject("session_type_id", UUID.class),
                ZoneId.of(row.getString("member_zone")), Locale.forLanguageTag(row.getString("language")),
                row.getTimestamp("joined_at").toInstant());
    }

    private static WaitlistOffer offer(ResultSet row, int i) throws SQLException {
        return new WaitlistOffer(row.getObject("id", UUID.class), row.getObject("entry_id", UUID.class),
                new Slot(row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant()),
                row.getTimestamp("expires_at").toInstant(), WaitlistOffer.State.ofColumn(row.getString("state")));
    }
}

package app.temple.booking.internal;

import app.temple.account.Accounts;
import app.temple.account.Role;
import app.temple.vault.KeyedHashes;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A practitioner's private calendar subscription ({@code .ics}): the secret in its address is the only key, so it is
 * long and random, shown once, and kept only as a keyed hash; renewing replaces it and revoking removes it, and the
 * old address stops working at once. The feed names times only: no client, no kind of help, no note, since a
 * calendar app shows it on lock screens and shares it with whoever she lets see her calendar.
 */
@Component
public class DeskCalendarFeed {

    static final String PURPOSE = "booking.calendar-feed";
    /** How far back the feed reaches, so last month's sessions do not vanish from her calendar. */
    static final Duration PAST = Duration.ofDays(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final KeyedHashes hashes;
    private final Accounts accounts;
    private final Clock clock;

    DeskCalendarFeed(JdbcClient jdbc, KeyedHashes hashes, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** Makes a new secret for her feed, replacing any old one; the secret is returned once and never stored. */
    @Transactional
    public String renew(UUID practitioner) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into booking_calendar_feed (practitioner_id, secret_hash, created_at) values (?, ?, ?)
                on conflict (practitioner_id) do update set secret_hash = excluded.secret_hash, created_at = excluded.created_at
                """).params(practitioner, hashes.macHex(PURPOSE, secret), Timestamp.from(clock.instant())).update();
        return secret;
    }

    public void revoke(UUID practitioner) {
        jdbc.sql("delete from booking_calendar_feed where practitioner_id = ?").param(practitioner).update();
    }

    /** When her current feed was made; empty when she has none. */
    public Optional<Instant> since(UUID practitioner) {
        return jdbc.sql("select created_at from booking_calendar_feed where practitioner_id = ?").param(practitioner)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * The feed behind a secret; empty for a wrong, old or revoked one, and for one whose profile is no longer linked
     * to an account that holds the practitioner role (her role was revoked, or her account erased): the feed is hers
     * as a practitioner, not the profile's.
     */
    public Optional<String> feed(String secret) {
        if (secret == null || secret.length() != 43 || !secret.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        record Owner(UUID practitioner, UUID account) {
        }
        return jdbc.sql("""
                        select f.practitioner_id, p.account_id from booking_calendar_feed f
                            join booking_practitioner p on p.id = f.practitioner_id
                        where f.secret_hash = ? and p.account_id is not null
                        """)
                .param(hashes.macHex(PURPOSE, secret))
                .query((row, i) -> new Owner(row.getObject(1, UUID.class), row.getObject(2, UUID.class))).optional()
                .filter(owner -> accounts.profile(owner.account()).map(p -> p.roles().contains(Role.PRACTITIONER)).orElse(false))
                .map(owner -> calendar(owner.practitioner()));
    }

    private String calendar(UUID practitioner) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar().withProdId("-//Calendar//Feed 1.0//EN").withDefaults().getFluentTarget();
        jdbc.sql("""
                select ical_uid, ical_sequence, starts_at, ends_at from booking_booking
                where practitioner_id = ? and status <> 'cancelled' and ends_at > ? order by starts_at
                """).params(practitioner, Timestamp.from(now.minus(PAST)))
                .query((row, i) -> {
                    // times only: the summary is one neutral word, the same for every session
                    VEvent event = new VEvent(row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant(), "Session");
                    event.add(new Uid(row.getString(1)));
                    event.add(new Sequence(row.getInt(2)));
                    event.add(new DtStamp(now));
                    calendar.add(event);
                    return null;
                }).list();
        return Invitations.text(calendar);
    }
}

package app.temple.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The practitioners, their session types and their hours, read and written with plain SQL. */
@Repository
public class Practitioners {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SlotEpoch slots;

    Practitioners(JdbcClient jdbc, Clock clock, SlotEpoch slots) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.slots = slots;
    }

    /**
     * Stores a practitioner by her slug: a new one is added, a known one keeps her id, account and bookings and takes
     * the rest from the draft. Session types are matched by slug; one the draft no longer names stops being offered
     * but stays for the bookings that name it.
     *
     * @return her id
     */
    public UUID save(PractitionerDraft draft) {
        Practitioner p = draft.practitioner();
        UUID id = jdbc.sql("select id from booking_practitioner where slug = ?").param(p.slug()).query(UUID.class).optional()
                .orElseGet(UUID::randomUUID);
        Practitioner.Profile profile = p.profile();
        Practitioner.BookingRules rules = p.rules();
        jdbc.sql("""
                insert into booking_practitioner (id, slug, kind, name, fictional, bio_en, bio_sv, approach_en, approach_sv,
                    credentials_en, credentials_sv, languages, time_zone, portrait, buffer_before_minutes,
                    buffer_after_minutes, minimum_notice_minutes, horizon_days, slot_step_minutes, active, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set kind = excluded.kind, name = excluded.name, fictional = excluded.fictional,
                    bio_en = excluded.bio_en, bio_sv = excluded.bio_sv, approach_en = excluded.approach_en,
                    approach_sv = excluded.approach_sv, credentials_en = excluded.credentials_en,
                    credentials_sv = excluded.credentials_sv, languages = excluded.languages, time_zone = excluded.time_zone,
                    portrait = excluded.portrait, buffer_before_minutes = excluded.buffer_before_minutes,
                    buffer_after_minutes = excluded.buffer_after_minutes,
                    minimum_notice_minutes = excluded.minimum_notice_minutes, horizon_days = excluded.horizon_days,
                    slot_step_minutes = excluded.slot_step_minutes, active = excluded.active, updated_at = excluded.updated_at
                """)
                .params(id, p.slug(), p.kind().slug(), p.name(), p.fictional(), profile.bio().en(), profile.bio().sv(),
                        profile.approach().en(), profile.approach().sv(), profile.credentials().en(),
                        profile.credentials().sv(), p.languages().toArray(String[]::new), p.zone().getId(), p.portrait(),
                        (int) rules.bufferBefore().toMinutes(), (int) rules.bufferAfter().toMinutes(),
                        (int) rules.minimumNotice().toMinutes(), rules.horizonDays(), (int) rules.step().toMinutes(),
                        p.active(), Timestamp.from(clock.instant()))
                .update();
        saveSessionTypes(id, draft.sessionTypes());
        saveHours(id, draft.weekly(), draft.overrides());
        slots.changed();
        return id;
    }

    private void saveSessionTypes(UUID practitioner, List<SessionType> types) {
        jdbc.sql("update booking_session_type set active = false where practitioner_id = ?").param(practitioner).update();
        int position = 0;
        for (SessionType type : types) {
            Long minor = type.price() instanceof Price.Fixed fixed ? fixed.minor() : null;
            String currency = type.price() instanceof Price.Fixed fixed ? fixed.currency().getCurrencyCode() : null;
            jdbc.sql("""
                    insert into booking_session_type (id, practitioner_id, slug, name_en, name_sv, minutes, price_minor,
                        currency, cancellation_window_hours, position, active)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
                    on conflict (practitioner_id, slug) do update set name_en = excluded.name_en, name_sv = excluded.name_sv,
                        minutes = excluded.minutes, price_minor = excluded.price_minor, currency = excluded.currency,
                        cancellation_window_hours = excluded.cancellation_window_hours, position = excluded.position,
                        active = true
                    """)
                    .params(UUID.randomUUID(), practitioner, type.slug(), type.name().en(), type.name().sv(),
                            (int) type.length().toMinutes(), minor, currency, (int) type.cancellationWindow().toHours(),
                            position++)
                    .update();
        }
    }

    /** Replaces her weekly hours and date overrides. */
    public void saveHours(UUID practitioner, Map<DayOfWeek, List<LocalHours>> weekly, Map<LocalDate, List<LocalHours>> overrides) {
        jdbc.sql("delete from booking_weekly_hours where practitioner_id = ?").param(practitioner).update();
        weekly.forEach((day, hours) -> hours.forEach(stretch -> jdbc.sql(
                        "insert into booking_weekly_hours (practitioner_id, weekday, starts, ends) values (?, ?, ?, ?)")
                .params(practitioner, day.getValue(), Time.valueOf(stretch.starts()), Time.valueOf(stretch.ends())).update()));
        jdbc.sql("delete from booking_date_override where practitioner_id = ?").param(practitioner).update();
        overrides.forEach((day, hours) -> {
            if (hours.isEmpty()) {
                jdbc.sql("insert into booking_date_override (practitioner_id, day) values (?, ?)").params(practitioner, day).update();
            }
            hours.forEach(stretch -> jdbc.sql(
                            "insert into booking_date_override (practitioner_id, day, starts, ends) values (?, ?, ?, ?)")
                    .params(practitioner, day, Time.valueOf(stretch.starts()), Time.valueOf(stretch.ends())).update());
        });
        slots.changed();
    }

    /** The active practitioners, of one kind or (null) all, fictional ones last. */
    public List<Practitioner> active(PractitionerKind kind) {
        return jdbc.sql("select * from booking_practitioner where active and (?::text is null or kind = ?) order by fictional, name")
                .params(kind == null ? null : kind.slug(), kind == null ? null : kind.slug())
                .query((row, i) -> practitioner(row)).list();
    }

    /** An active practitioner by her slug. */
    public Optional<Practitioner> bySlug(String slug) {
        return jdbc.sql("select * from booking_practitioner where slug = ? and active").param(slug)
                .query((row, i) -> practitioner(row)).optional();
    }

    public Optional<Practitioner> byId(UUID id) {
        return jdbc.sql("select * from booking_practitioner where id = ?").param(id).query((row, i) -> practitioner(row)).optional();
    }

    /** The session types she offers now, in her order. */
    public List<SessionType> sessionTypes(UUID practitioner) {
        return jdbc.sql("select * from booking_session_type where practitioner_id = ? and active order by position")
                .param(practitioner).query((row, i) -> sessionType(row)).list();
    }

    /** A session type by id, offered or not (a booking may name one no longer offered). */
    public Optional<SessionType> sessionType(UUID id) {
        return jdbc.sql("select * from booking_session_type where id = ?").param(id).query((row, i) -> sessionType(row)).optional();
    }

    /** Her availability: hours, overrides from {@code from} on, and her booking rules. */
    public Availability availability(Practitioner practitioner, LocalDate from) {
        Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select weekday, starts, ends from booking_weekly_hours where practitioner_id = ? order by weekday, starts")
                .param(practitioner.id())
                .query((row, i) -> {
                    weekly.computeIfAbsent(DayOfWeek.of(row.getInt("weekday")), d -> new ArrayList<>())
                            .add(new LocalHours(row.getTime("starts").toLocalTime(), row.getTime("ends").toLocalTime()));
                    return null;
                }).list();
        Map<LocalDate, List<LocalHours>> overrides = new LinkedHashMap<>();
        jdbc.sql("select day, starts, ends from booking_date_override where practitioner_id = ? and day >= ? order by day, starts")
                .params(practitioner.id(), from.minusDays(1))
                .query((row, i) -> {
                    List<LocalHours> day = overrides.computeIfAbsent(row.getObject("day", LocalDate.class), d -> new ArrayList<>());
                    if (row.getTime("starts") != null) {
                        day.add(new LocalHours(row.getTime("starts").toLocalTime(), row.getTime("ends").toLocalTime()));
                    }
                    return null;
                }).list();
        Practitioner.BookingRules rules = practitioner.rules();
        return new Availability(practitioner.zone(), weekly, overrides, rules.bufferBefore(), rules.bufferAfter(),
                rules.minimumNotice(), Duration.ofDays(rules.horizonDays()), rules.step());
    }

    /** Links her profile to a staff account (or, with null, unlinks it). */
    public void linkAccount(UUID practitioner, UUID account) {
        jdbc.sql("update booking_practitioner set account_id = ?, updated_at = ? where id = ?")
                .params(account, Timestamp.from(clock.instant()), practitioner).update();
    }

    private static Practitioner practitioner(ResultSet row) throws SQLException {
        Practitioner.Profile profile = new Practitioner.Profile(
                new Bilingual(row.getString("bio_en"), row.getString("bio_sv")),
                new Bilingual(row.getString("approach_en"), row.getString("approach_sv")),
                new Bilingual(row.getString("credentials_en"), row.getString("credentials_sv")));
        Practitioner.BookingRules rules = new Practitioner.BookingRules(
                Duration.ofMinutes(row.getInt("buffer_before_minutes")), Duration.ofMinutes(row.getInt("buffer_after_minutes")),
                Duration.ofMinutes(row.getInt("minimum_notice_minutes")), row.getInt("horizon_days"),
                Duration.ofMinutes(row.getInt("slot_step_minutes")));
        return new Practitioner(row.getObject("id", UUID.class), row.getString("slug"),
                PractitionerKind.ofSlug(row.getString("kind")).orElseThrow(), row.getString("name"),
                row.getBoolean("fictional"), profile, strings(row.getArray("languages")), ZoneId.of(row.getString("time_zone")),
                row.getString("portrait"), rules, row.getObject("account_id", UUID.class), row.getBoolean("active"));
    }

    private static SessionType sessionType(ResultSet row) throws SQLException {
        long minor = row.getLong("price_minor");
        Price price = row.wasNull() ? Price.ARRANGED : new Price.Fixed(minor, Currency.getInstance(row.getString("currency")));
        return new SessionType(row.getObject("id", UUID.class), row.getObject("practitioner_id", UUID.class),
                row.getString("slug"), new Bilingual(row.getString("name_en"), row.getString("name_sv")),
                Duration.ofMinutes(row.getInt("minutes")), price, Duration.ofHours(row.getInt("cancellation_window_hours")),
                row.getBoolean("active"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

package app.temple.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a practitioner changes about herself at her desk, and what an admin changes about her. Every change is in the
 * database the moment it is saved, and each change moves the {@link SlotEpoch} once it commits, so the slot pages kept in
 * memory are rendered afresh and a member sees it on her next page.
 */
@Service
public class DeskSettings {

    private final JdbcClient jdbc;
    private final Practitioners practitioners;
    private final Clock clock;
    private final SlotEpoch slots;

    DeskSettings(JdbcClient jdbc, Practitioners practitioners, Clock clock, SlotEpoch slots) {
        this.jdbc = jdbc;
        this.practitioners = practitioners;
        this.clock = clock;
        this.slots = slots;
    }

    /** Her zone, booking rules, weekly hours and date overrides, all at once or none. */
    @Transactional
    public void saveAvailability(UUID practitioner, ZoneId zone, Practitioner.BookingRules rules,
                                 Map<DayOfWeek, List<LocalHours>> weekly, Map<LocalDate, List<LocalHours>> overrides) {
        jdbc.sql("""
                update booking_practitioner set time_zone = ?, buffer_before_minutes = ?, buffer_after_minutes = ?,
                    minimum_notice_minutes = ?, horizon_days = ?, slot_step_minutes = ?, updated_at = ?
                where id = ?
                """).params(zone.getId(), (int) rules.bufferBefore().toMinutes(), (int) rules.bufferAfter().toMinutes(),
                        (int) rules.minimumNotice().toMinutes(), rules.horizonDays(), (int) rules.step().toMinutes(),
                        now(), practitioner)
                .update();
        practitioners.saveHours(practitioner, weekly, overrides);
    }

    /** What she writes about herself, and the languages she works in. */
    @Transactional
    public void saveProfile(UUID practitioner, Practitioner.Profile profile, List<String> languages) {
        jdbc.sql("""
                update booking_practitioner set bio_en = ?, bio_sv = ?, approach_en = ?, approach_sv = ?,
                    credentials_en = ?, credentials_sv = ?, languages = ?, updated_at = ?
                where id = ?
                """).params(profile.bio().en(), profile.bio().sv(), profile.approach().en(), profile.approach().sv(),
                        profile.credentials().en(), profile.credentials().sv(), languages.toArray(String[]::new), now(),
                        practitioner)
                .update();
        slots.changed();
    }

    /**
     * Changes one session type she offers (matched by id and her), or with {@code offered} false stops offering
     * it; its bookings keep it.
     *
     * @return false when the type is not hers
     */
    @Transactional
    public boolean saveSessionType(UUID practitioner, UUID type, Bilingual name, int minutes, Price price,
                                   int cancellationWindowHours, boolean offered) {
        boolean written = jdbc.sql("""
                update booking_session_type set name_en = ?, name_sv = ?, minutes = ?, price_minor = ?, currency = ?,
                    cancellation_window_hours = ?, active = ?
                where id = ? and practitioner_id = ?
                """).params(name.en(), name.sv(), minutes, minor(price), currency(price), cancellationWindowHours, offered,
                        type, practitioner)
                .update() == 1;
        slots.changed();
        return written;
    }

    /** Adds a session type she offers, last in her order. */
    @Transactional
    public void addSessionType(UUID practitioner, Bilingual name, int minutes, Price price, int cancellationWindowHours) {
        jdbc.sql("""
                insert into booking_session_type (id, practitioner_id, slug, name_en, name_sv, minutes, price_minor,
                    currency, cancellation_window_hours, position, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select coalesce(max(position), -1) + 1 from booking_session_type where practitioner_id = ?), true)
                """).params(UUID.randomUUID(), practitioner, slug(name.en()), name.en(), name.sv(), minutes, minor(price),
                        currency(price), cancellationWindowHours, practitioner)
                .update();
        slots.changed();
    }

    /**
     * Links her profile to a staff account; false when that account is already another profile's. A calendar feed
     * made by an account that was linked before ends, so it never shows the profile's sessions to someone else.
     */
    @Transactional
    public boolean link(UUID practitioner, UUID account) {
        boolean taken = jdbc.sql("select count(*) from booking_practitioner where account_id = ? and id <> ?")
                .params(account, practitioner).query(Integer.class).single() > 0;
        if (taken) {
            return false;
        }
        jdbc.sql("""
                delete from booking_calendar_feed where practitioner_id = ?
                    and exists (select 1 from booking_practitioner where id = ? and account_id is distinct from ?)
                """).params(practitioner, practitioner, account).update();
        practitioners.linkAccount(practitioner, account);
        return true;
    }

    /** Deactivated: no new bookings and no profile page; her booked sessions stay, on her desk and the clients' pages. */
    public void setActive(UUID practitioner, boolean active) {
        jdbc.sql("update booking_practitioner set active = ?, updated_at = ? where id = ?").params(active, now(), practitioner)
                .update();
        slots.changed();
    }

    /** Every practitioner, active or not, by name. */
    public List<Practitioner> all() {
        return jdbc.sql("select id from booking_practitioner order by name").query(UUID.class).list().stream()
                .map(id -> practitioners.byId(id).orElseThrow()).toList();
    }

    /** A slug from the English name, unique among hers by a random tail; it appears in the slot page's address. */
    private static String slug(String name) {
        String base = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return (base.isEmpty() ? "session" : base) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Long minor(Price price) {
        return price instanceof Price.Fixed fixed ? fixed.minor() : null;
    }

    private static String currency(Price price) {
        return price instanceof Price.Fixed fixed ? fixed.currency().getCurrencyCode() : null;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}

package app.temple.billing.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.billing.SessionSeries;
import app.temple.privacy.PersonalData;
import app.temple.site.ChangeFeed;
import app.temple.site.NodeCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The credits of a series of sessions: granted once per paid purchase (its reference is the key), used one per
 * booking, given back on a cancellation outside the window, and ended by a refund of the whole purchase. Using one
 * first locks her series of that session type, then counts: two bookings at once cannot both take her last credit.
 * Logged by purchase id or reference, never by who she is or what she booked.
 */
@Service
public class SeriesCredits implements SessionSeries, PersonalData {

    private static final Logger log = LoggerFactory.getLogger(SeriesCredits.class);

    static final String TOPIC = "series";

    private final JdbcClient jdbc;
    private final Products products;
    private final PaymentSettings settings;
    private final Clock clock;
    private final ChangeFeed feed;
    /** Her series that hold credits, of every session type; see {@link #balance}. */
    private final NodeCache<List<Left>> kept;

    SeriesCredits(JdbcClient jdbc, Products products, PaymentSettings settings, Clock clock, ChangeFeed feed) {
        this.jdbc = jdbc;
        this.products = products;
        this.settings = settings;
        this.clock = clock;
        this.feed = feed;
        this.kept = feed.cache(TOPIC, Duration.ofMinutes(5), 20_000);
    }

    /**
     * The credits a paid series purchase holds, made once: a payment reported again, or late, grants nothing more.
     *
     * @return whether they were granted now
     */
    @Transactional
    boolean grant(Purchase purchase, Product series) {
        if (purchase.member() == null) {
            return false;
        }
        boolean made = jdbc.sql("""
                        insert into billing_series (purchase_ref, member_id, practitioner, session_type, sessions, granted_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (purchase_ref) do nothing""")
                .params(purchase.reference(), purchase.member(), series.practitioner(), series.sessionType(),
                        series.seriesSize(), Timestamp.from(clock.instant())).update() == 1;
        if (made) {
            changed(purchase.member());
            log.info("billing series granted: purchase {}", purchase.id());
        }
        return made;
    }

    /** A refund of the whole purchase: its unused credits go; the sessions booked with it stay booked. */
    @Transactional
    boolean revoke(String purchaseRef) {
        Optional<UUID> member = jdbc.sql("""
                        update billing_series set revoked_at = ? where purchase_ref = ? and revoked_at is null
                        returning member_id""")
                .params(Timestamp.from(clock.instant()), purchaseRef).query(UUID.class).optional();
        member.ifPresent(this::changed);
        boolean revoked = member.isPresent();
        if (revoked) {
            log.info("billing series revoked: reference {}", purchaseRef);
        }
        return revoked;
    }

    @Override
    public List<Offer> offers(String practitioner, String sessionType) {
        if (!settings.configured()) {
            return List.of();
        }
        // the smallest series first; of one size, the oldest (onSale is oldest first, and the sort keeps that order)
        return products.onSale().stream()
                .filter(product -> product.kind() == ProductKind.SERIES && practitioner.equals(product.practitioner())
                        && sessionType.equals(product.sessionType()))
                .sorted(Comparator.comparing(Product::seriesSize))
                .map(product -> new Offer(product.id(), product.seriesSize(), product.prices())).toList();
    }

    @Override
    public Optional<Balance> balance(UUID member, String practitioner, String sessionType) {
        if (member == null) {
            return Optional.empty();
        }
        // read once and kept on this node: every page of a session type's free times asks, and she rarely buys or books
        List<Left> series = kept.get(member.toString(), () -> left(member)).stream()
                .filter(one -> one.of(practitioner, sessionType)).toList();
        int left = series.stream().mapToInt(Left::left).sum();
        int of = series.stream().mapToInt(Left::sessions).sum();
        return left > 0 ? Optional.of(new Balance(left, of)) : Optional.empty();
    }

    @Override
    @Transactional
    public boolean use(UUID member, String practitioner, String sessionType, UUID booking) {
        if (member == null) {
            return false;
        }
        // lock first, count after: a second booking waits here, then counts the first one's use
        jdbc.sql("""
                        select purchase_ref from billing_series where member_id = ? and practitioner = ? and session_type = ?
                        and revoked_at is null order by purchase_ref for update""")
                .params(member, practitioner, sessionType).query(String.class).list();
        Optional<Left> oldest = left(member).stream().filter(series -> series.of(practitioner, sessionType)).findFirst();
        oldest.ifPresent(series -> jdbc.sql("insert into billing_series_use (booking_id, purchase_ref, used_at) values (?, ?, ?)")
                .params(booking, series.reference(), Timestamp.from(clock.instant())).update());
        oldest.ifPresent(series -> changed(member));
        return oldest.isPresent();
    }

    @Override
    @Transactional
    public boolean giveBack(UUID booking) {
        Optional<UUID> member = jdbc.sql("""
                        delete from billing_series_use u using billing_series s
                        where u.booking_id = ? and s.purchase_ref = u.purchase_ref and s.revoked_at is null
                        returning s.member_id""")
                .param(booking).query(UUID.class).optional();
        member.ifPresent(this::changed);
        boolean given = member.isPresent();
        if (given) {
            log.info("billing series credit given back: booking {}", booking);
        }
        return given;
    }

    @Override
    public boolean usedCredit(UUID booking) {
        return jdbc.sql("select exists (select 1 from billing_series_use where booking_id = ?)").param(booking)
                .query(Boolean.class).single();
    }

    /** How many sessions each series of a purchase has left, by reference; revoked ones have none. */
    public Map<String, Balance> ofPurchases(UUID member) {
        Map<String, Balance> byReference = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.purchase_ref, s.sessions, s.revoked_at is not null as revoked,
                               (select count(*) from billing_series_use u where u.purchase_ref = s.purchase_ref) as used
                        from billing_series s where s.member_id = ? order by s.granted_at""")
                .param(member).query((row, i) -> {
                    int left = row.getBoolean("revoked") ? 0 : row.getInt("sessions") - row.getInt("used");
                    return Map.entry(row.getString("purchase_ref"), new Balance(Math.max(left, 0), row.getInt("sessions")));
                }).list().forEach(entry -> byReference.put(entry.getKey(), entry.getValue()));
        return byReference;
    }

    /** One of her series that still holds credits. */
    private record Left(String reference, String practitioner, String sessionType, int sessions, int left) {
        boolean of(String practitioner, String sessionType) {
            return this.practitioner.equals(practitioner) && this.sessionType.equals(sessionType);
        }
    }

    /** Her series that still hold credits, of every session type, oldest first. */
    private List<Left> left(UUID member) {
        return jdbc.sql("""
                        select s.purchase_ref, s.practitioner, s.session_type, s.sessions,
                               s.sessions - (select count(*) from billing_series_use u where u.purchase_ref = s.purchase_ref) as left_over
                        from billing_series s
                        where s.member_id = ? and s.revoked_at is null
                        order by s.granted_at, s.purchase_ref""")
                .param(member)
                .query((row, i) -> new Left(row.getString("purchase_ref"), row.getString("practitioner"),
                        row.getString("session_type"), row.getInt("sessions"), row.getInt("left_over")))
                .list().stream().filter(series -> series.left() > 0).toList();
    }

    /** After a change to her series made here: forgotten now and once it commits; other nodes hear of it by the feed. */
    private void changed(UUID member) {
        feed.changedHere(TOPIC, member.toString());
    }

    /**
     * Her series go with her, and with them which of her bookings used a credit. The purchases themselves follow
     * {@link Purchases}' rule: what bookkeeping needs stays, without her.
     */
    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        jdbc.sql("delete from billing_series where member_id = ?").param(erasure.memberId()).update();
        changed(erasure.memberId());
    }

    @Override
    public String section() {
        return "sessionSeries";
    }

    @Override
    public Object exportFor(UUID member) {
        Map<String, Balance> left = ofPurchases(member);
        return jdbc.sql("""
                        select purchase_ref, practitioner, session_type, sessions, granted_at, revoked_at
                        from billing_series where member_id = ? order by granted_at""")
                .param(member).query((row, i) -> {
                    String reference = row.getString("purchase_ref");
                    Map<String, Object> series = new LinkedHashMap<>();
                    series.put("purchase", reference);
                    series.put("practitioner", row.getString("practitioner"));
                    series.put("sessionType", row.getString("session_type"));
                    series.put("sessions", row.getInt("sessions"));
                    series.put("left", left.get(reference).left());
                    series.put("grantedAt", Timestamps.instant(row, "granted_at"));
                    series.put("revokedAt", Timestamps.instant(row, "revoked_at"));
                    series.put("bookings", jdbc.sql("select booking_id from billing_series_use where purchase_ref = ? order by used_at")
                            .param(reference).query(UUID.class).list());
                    return series;
                }).list();
    }
}

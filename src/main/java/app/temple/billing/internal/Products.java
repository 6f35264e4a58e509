package app.temple.billing.internal;

import app.temple.billing.CourseOffers;
import app.temple.billing.Money;
import app.temple.billing.Offer;
import app.temple.billing.Offers;
import app.temple.billing.OffersChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The products admins put on sale and their prices; the course pages read what is on sale through {@link Offers}. */
@Service
public class Products implements Offers {

    /** The currencies Temple sells in, in the order they are shown. */
    public static final List<String> CURRENCIES = List.of("SEK", "EUR", "USD");

    private static final Logger log = LoggerFactory.getLogger(Products.class);
    private static final String COLUMNS = "id, kind, course_slug, practitioner, session_type, series_size, billing_every, "
            + "trial_days, active";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PaymentSettings settings;
    private final Clock clock;

    public Products(JdbcClient jdbc, ApplicationEventPublisher events, PaymentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Puts a product on sale with its prices (at least one); the id is made here. */
    @Transactional
    public UUID create(Product product) {
        if (product.prices().isEmpty()) {
            throw new IllegalArgumentException("a product has at least one price");
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into billing_product (" + COLUMNS + ", created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)")
                .params(id, product.kind().key(), product.course(), product.practitioner(), product.sessionType(),
                        product.seriesSize(), product.every(), product.trialDays(), now, now)
                .update();
        for (Money price : product.prices()) {
            jdbc.sql("insert into billing_price (product_id, currency, amount_minor) values (?, ?, ?)")
                    .params(id, price.currency(), price.amountMinor()).update();
        }
        changed();
        log.info("billing product created: product {} ({})", id, product.kind().key());
        return id;
    }

    /** Takes a product off sale or puts it back; false when there is no such product. */
    @Transactional
    public boolean setActive(UUID id, boolean active) {
        boolean found = jdbc.sql("update billing_product set active = ?, updated_at = ? where id = ?")
                .params(active, Timestamp.from(clock.instant()), id).update() == 1;
        if (found) {
            changed();
        }
        return found;
    }

    public Optional<Product> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from billing_product where id = ?").param(id).query(this::map).optional();
    }

    /** Every product, those on sale first, newest first. */
    public List<Product> all() {
        return jdbc.sql("select " + COLUMNS + " from billing_product order by active desc, created_at desc, id")
                .query(this::map).list();
    }

    @Override
    public CourseOffers forCourse(String course) {
        List<Offer> offers = jdbc.sql("select " + COLUMNS + " from billing_product where active "
                        + "and (kind = 'membership' or (kind = 'course' and course_slug = ?)) "
                        + "order by kind, billing_every nulls first, created_at")
                .param(course).query(this::map).list().stream()
                .filter(product -> !product.prices().isEmpty())
                .map(product -> new Offer(product.id(), product.every(), product.trialDays(), product.prices()))
                .toList();
        return new CourseOffers(settings.configured(), offers, settings.vat(), settings.vatRate());
    }

    @Override
    public String state() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(updated_at)::text, '') from billing_product")
                .query(String.class).single();
    }

    private void changed() {
        events.publishEvent(new OffersChanged());
    }

    private Product map(ResultSet row, int i) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        return new Product(id, ProductKind.of(row.getString("kind")).orElseThrow(), row.getString("course_slug"),
                row.getString("practitioner"), row.getString("session_type"), row.getObject("series_size", Integer.class),
                row.getString("billing_every"), row.getInt("trial_days"), row.getBoolean("active"), prices(id));
    }

    private List<Money> prices(UUID product) {
        Map<String, Long> amounts = jdbc.sql("select currency, amount_minor from billing_price where product_id = ?")
                .param(product).query((row, i) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return CURRENCIES.stream().filter(amounts::containsKey).map(currency -> new Money(currency, amounts.get(currency))).toList();
    }
}

package app.temple.billing.internal;

import app.temple.billing.CourseOffers;
import app.temple.billing.Money;
import app.temple.billing.Offer;
import app.temple.billing.Offers;
import app.temple.billing.OffersChanged;
import app.temple.site.ChangeFeed;
import app.temple.site.NodeCache;
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
import java.time.Duration;
import java.util.Comparator;
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
    /** The feed's topic and the one key the products on sale are kept under (migration V112 notes their changes). */
    private static final String TOPIC = "products";
    private static final String ON_SALE = "on-sale";
    /** A course page's offers: a course before a membership, then a membership's period, shortest first. */
    private static final Comparator<Product> FOR_COURSE_PAGE = Comparator
            .comparing((Product product) -> product.kind().key())
            .thenComparing(Product::every, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PaymentSettings settings;
    private final Clock clock;
    private final ChangeFeed feed;
    private final NodeCache<List<Product>> onSale;

    public Products(JdbcClient jdbc, ApplicationEventPublisher events, PaymentSettings settings, Clock clock, ChangeFeed feed) {
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.feed = feed;
        this.onSale = feed.cache(TOPIC, Duration.ofMinutes(5), 2);
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

    /**
     * The products on sale that have a price, oldest first. Kept on each node: a course page and every signed-in page
     * of a session type's free times show what is on sale, and admins change it rarely.
     */
    List<Product> onSale() {
        return onSale.get(ON_SALE, this::readOnSale);
    }

    private List<Product> readOnSale() {
        Map<UUID, List<Money>> prices = pricesOnSale();
        return jdbc.sql("select " + COLUMNS + " from billing_product where active order by created_at, id")
                .query((row, i) -> map(row, prices.getOrDefault(row.getObject("id", UUID.class), List.of()))).list().stream()
                .filter(product -> !product.prices().isEmpty()).toList();
    }

    private Map<UUID, List<Money>> pricesOnSale() {
        record Price(UUID product, String currency, long amountMinor) {
        }
        return jdbc.sql("select price.product_id, price.currency, price.amount_minor from billing_price price "
                        + "join billing_product product on product.id = price.product_id where product.active")
                .query((row, i) -> new Price(row.getObject(1, UUID.class), row.getString(2), row.getLong(3))).list().stream()
                .collect(Collectors.groupingBy(Price::product, Collectors.collectingAndThen(Collectors.toList(),
                        found -> inShownOrder(found.stream().collect(
                                Collectors.toMap(Price::currency, Price::amountMinor))))));
    }

    @Override
    public CourseOffers forCourse(String course) {
        List<Offer> offers = onSale().stream()
                .filter(product -> product.kind() == ProductKind.MEMBERSHIP
                        || product.kind() == ProductKind.COURSE && course.equals(product.course()))
                .sorted(FOR_COURSE_PAGE)
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
        feed.changedHere(TOPIC, ON_SALE);
        events.publishEvent(new OffersChanged());
    }

    private Product map(ResultSet row, int i) throws SQLException {
        return map(row, prices(row.getObject("id", UUID.class)));
    }

    private static Product map(ResultSet row, List<Money> prices) throws SQLException {
        return new Product(row.getObject("id", UUID.class), ProductKind.of(row.getString("kind")).orElseThrow(),
                row.getString("course_slug"), row.getString("practitioner"), row.getString("session_type"),
                row.getObject("series_size", Integer.class), row.getString("billing_every"), row.getInt("trial_days"),
                row.getBoolean("active"), prices);
    }

    private List<Money> prices(UUID product) {
        return inShownOrder(jdbc.sql("select currency, amount_minor from billing_price where product_id = ?")
                .param(product).query((row, i) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static List<Money> inShownOrder(Map<String, Long> amounts) {
        return CURRENCIES.stream().filter(amounts::containsKey).map(currency -> new Money(currency, amounts.get(currency))).toList();
    }
}

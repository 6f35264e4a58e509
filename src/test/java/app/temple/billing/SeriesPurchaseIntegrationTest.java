package app.temple.billing;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.MemberErasureRequested;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.billing.internal.SeriesCredits;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A series of sessions sold as one purchase, with WireMock standing in for the provider and webhooks signed as the
 * provider signs them: the provider's report (never her return) grants the series' sessions as credits, once, in
 * whatever order its events arrive; booking a time of that type then uses a credit and is confirmed at once, until
 * none is left and she pays per session again; cancelling outside the window gives the credit back, inside it the
 * credit is used; a refund of the whole purchase takes the unused credits back; and another member never sees or
 * uses hers.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesPurchaseIntegrationTest extends WithPaymentProvider {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Products products;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;
    @Autowired
    SeriesCredits credits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    app.temple.site.ChangeFeed feed;

    private Webhooks webhooks;

    @org.junit.jupiter.api.BeforeAll
    void webhooks() {
        webhooks = new Webhooks(port);
    }

    @Test
    void theWebhookGrantsTheSeriesOnceWhateverTheOrderAndHerReturnGrantsNothing() {
        Bought bought = buySeries("grant", 4);
        assertThat(PROVIDER.sessionRequests().getLast()).as("the provider learns nothing of what she bought")
                .contains("[name]=Online services", "client_reference_id=" + bought.reference())
                .doesNotContain(bought.practitioner(), "Long", "series");
        bought.visitor().get("/billing/return?purchase=" + bought.reference());
        assertThat(left(bought)).as("her return grants nothing").isNull();

        assertThat(webhooks.deliver(Webhooks.expired(bought.reference())).body()).isEqualTo("applied");
        String paid = Webhooks.completed(bought.reference(), ProviderStandIn.newId("pi_"));
        assertThat(webhooks.deliver(paid).body()).as("a payment reported after its expiry counts").isEqualTo("applied");
        assertThat(webhooks.deliver(paid).body()).isEqualTo("already_seen");
        assertThat(webhooks.deliver(Webhooks.completed(bought.reference(), ProviderStandIn.newId("pi_"))).body()).isEqualTo("nothing_to_do");
        assertThat(webhooks.deliver(Webhooks.expired(bought.reference())).body()).isEqualTo("nothing_to_do");

        assertThat(jdbc.sql("select count(*) from billing_series where purchase_ref = ?").param(bought.reference())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(left(bought)).isEqualTo(new SessionSeries.Balance(4, 4));
        assertThat(jdbc.sql("select count(*) from billing_grant where purchase_ref = ?").param(bought.reference())
                .query(Integer.class).single()).as("a series opens no course").isZero();
        assertThat(bought.visitor().get(bought.slotsPage()).body()).contains("You have 4 of 4 sessions of your series left");
        assertThat(bought.visitor().get("/billing/return?purchase=" + bought.reference()).body())
                .contains("Choose a time for your first session", bought.slotsPage());
    }

    @Test
    void aCreditBooksAtOnceWithoutCheckoutUntilNoneIsLeftThenSheCheckoutsAgain() {
        Bought bought = paidSeries("use", 2);
        List<Slot> free = freeSlots(bought);
        int checkoutsBefore = PROVIDER.sessionRequests().size();

        String confirm = bought.visitor().get(confirmPage(bought, free.get(100))).body();
        assertThat(confirm).contains("One session of your series (2 of 2 sessions left)");
        UUID first = bookedThroughThePage(bought, free.get(100));
        assertThat(status(first)).isEqualTo("confirmed");
        assertThat(bought.visitor().get(bought.slotsPage()).body()).contains("You have 1 of 2 sessions of your series left");
        UUID second = bookedThroughThePage(bought, free.get(110));
        assertThat(status(second)).isEqualTo("confirmed");
        assertThat(PROVIDER.sessionRequests()).as("no checkout for a credit").hasSize(checkoutsBefore);
        assertThat(left(bought)).isNull();

        bought.visitor().get(confirmPage(bought, free.get(120)));
        HttpResponse<String> third = bought.visitor().post(bookPath(bought), "start", free.get(120).start().toString(), "zone", "UTC",
                "key", newKey());
        assertThat(Visitor.location(third)).as("no credit left: she pays for the session")
                .startsWith(PROVIDER.baseUrl() + ProviderStandIn.CHECKOUT_PAGE);
        assertThat(status(latestBookingOf(bought.member()))).isEqualTo("held");
        assertThat(bought.visitor().get("/account/purchases").body()).contains("0 of 2 sessions left");
    }

    @Test
    void cancellingOutsideTheWindowGivesTheCreditBackAndInsideItTheCreditIsUsed() {
        Bought bought = paidSeries("cancel", 2);
        List<Slot> free = freeSlots(bought);
        int refundsBefore = PROVIDER.refundRequests().size();
        UUID later = bookedThroughThePage(bought, free.get(100));
        UUID soon = bookedThroughThePage(bought, free.get(2)); // about an hour ahead: inside the 24-hour window
        assertThat(left(bought)).isNull();

        assertThat(bought.visitor().get("/account/bookings/" + later).body()).contains("One session of your series.");
        assertThat(bought.visitor().get("/account/bookings/" + later + "/cancel").body())
                .contains("This session goes back to your series.");
        assertThat(Visitor.redirectPath(bought.visitor().post("/account/bookings/" + later + "/cancel", "reason", "")))
                .isEqualTo("/account/bookings/" + later + "?cancelled");
        assertThat(status(later)).isEqualTo("cancelled");
        assertThat(left(bought)).isEqualTo(new SessionSeries.Balance(1, 2));

        bought.visitor().get("/account/bookings/" + soon);
        assertThat(bought.visitor().post("/account/bookings/" + soon + "/cancel", "reason", "").statusCode()).isNotIn(302, 303);
        assertThat(status(soon)).isEqualTo("confirmed");
        assertThat(left(bought)).as("inside the window the credit stays used").isEqualTo(new SessionSeries.Balance(1, 2));
        assertThat(PROVIDER.refundRequests()).as("a credit is no payment to refund").hasSize(refundsBefore);
        assertThat(bought.visitor().get(bought.slotsPage() + "?lang=sv").body()).contains("Du har 1 av 2 samtal kvar i din serie");
        assertThat(bought.visitor().get(confirmPage(bought, free.get(110)) + "&lang=sv").body())
                .contains("Ett samtal i din serie (1 av 2 samtal kvar)");
        assertThat(bought.visitor().get("/account/purchases").body()).contains("1 av 2 samtal kvar");
    }

    @Test
    void aRefundOfTheWholeSeriesTakesTheUnusedCreditsBackAndLeavesHerBookedSession() {
        String paymentIntent = ProviderStandIn.newId("pi_");
        Bought bought = paidSeries("refund", 4, paymentIntent);
        List<Slot> free = freeSlots(bought);
        UUID booked = bookedThroughThePage(bought, free.get(100));
        assertThat(left(bought)).isEqualTo(new SessionSeries.Balance(3, 4));

        assertThat(webhooks.deliver(Webhooks.refunded(paymentIntent)).body()).isEqualTo("applied");

        assertThat(left(bought)).isNull();
        assertThat(status(booked)).isEqualTo("confirmed");
        assertThat(bought.visitor().get(bought.slotsPage()).body()).doesNotContain("sessions of your series left");
        bought.visitor().get(confirmPage(bought, free.get(110)));
        assertThat(Visitor.location(bought.visitor().post(bookPath(bought), "start", free.get(110).start().toString(), "zone", "UTC",
                "key", newKey()))).startsWith(PROVIDER.baseUrl());
        assertThat(bought.visitor().get("/account/purchases").body()).contains("Refunded", "0 of 4 sessions left");
    }

    @Test
    void aCreditUsedOnAnotherNodeIsNotedInTheChangeFeedAndForgottenHere() {
        Bought bought = paidSeries("feed", 3);
        assertThat(left(bought)).isEqualTo(new SessionSeries.Balance(3, 3)); // read, and kept on this node
        long before = seriesChangesOf(bought.member());

        // another node's booking with a credit: a row this node only hears of through the trigger and the feed
        jdbc.sql("insert into billing_series_use (booking_id, purchase_ref, used_at) values (?, ?, now())")
                .params(UUID.randomUUID(), bought.reference()).update();
        assertThat(seriesChangesOf(bought.member())).isEqualTo(before + 1);
        feed.poll();
        assertThat(left(bought)).isEqualTo(new SessionSeries.Balance(2, 3));
    }

    @Test
    void aSeriesTakenOffSaleOrRepricedOnAnotherNodeIsOfferedHereAsItIsAfterTheFeedsPoll() {
        String slug = BookingFixtures.practitioner(practitioners, "offers", 0, 0);
        UUID four = products.create(new Product(null, ProductKind.SERIES, null, slug, BookingFixtures.LONG, 4, null, 0, true,
                List.of(new Money("SEK", 340000))));
        UUID two = products.create(new Product(null, ProductKind.SERIES, null, slug, BookingFixtures.LONG, 2, null, 0, true,
                List.of(new Money("SEK", 180000))));
        // smallest first, and kept on this node from now on
        assertThat(credits.offers(slug, BookingFixtures.LONG)).extracting(SessionSeries.Offer::product).containsExactly(two, four);
        // counted from the feed's newest row, as older rows may be purged meanwhile
        long since = jdbc.sql("select coalesce(max(seq), 0) from site_change").query(Long.class).single();

        // another node's admin: rows this node only hears of through the triggers and the feed
        jdbc.sql("update billing_product set active = false where id = ?").param(four).update();
        jdbc.sql("update billing_price set amount_minor = 170000 where product_id = ?").param(two).update();
        assertThat(jdbc.sql("select count(*) from site_change where topic = 'products' and seq > ?").param(since)
                .query(Long.class).single()).isEqualTo(2);
        feed.poll();

        assertThat(credits.offers(slug, BookingFixtures.LONG)).singleElement().satisfies(offer -> {
            assertThat(offer.product()).isEqualTo(two);
            assertThat(offer.prices()).containsExactly(new Money("SEK", 170000));
        });
    }

    private long seriesChangesOf(UUID member) {
        return jdbc.sql("select count(*) from site_change where topic = 'series' and key = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .param(member.toString()).query(Long.class).single();
    }

    @Test
    void anotherMemberNeverSeesNorUsesHerCredits() {
        Bought bought = paidSeries("mine", 3);
        List<Slot> free = freeSlots(bought);
        String email = TestMembers.newAddress("other");
        Visitor other = new TestMembers(port, outbox).signedIn(email);
        UUID otherId = TestMembers.idOf(jdbc, email);

        assertThat(other.get(bought.slotsPage()).body()).doesNotContain("sessions of your series left")
                .contains("Buy 3 sessions for");
        assertThat(other.get(confirmPage(bought, free.get(100))).body()).doesNotContain("One session of your series");
        assertThat(Visitor.location(other.post(bookPath(bought), "start", free.get(100).start().toString(), "zone", "UTC",
                "key", newKey()))).as("she pays, with no credit of her own").startsWith(PROVIDER.baseUrl());
        assertThat(other.get("/account/purchases").body()).doesNotContain("sessions left");
        assertThat(other.get("/account/purchases/" + bought.reference()).statusCode()).isEqualTo(404);
        assertThat(credits.balance(otherId, bought.practitioner(), BookingFixtures.LONG)).isEmpty();
        assertThat(left(bought)).isEqualTo(new SessionSeries.Balance(3, 3));
    }

    @Test
    void twoBookingsAtOnceCannotBothTakeHerLastCredit() throws Exception {
        Bought bought = paidSeries("race", 2);
        List<Slot> free = freeSlots(bought);
        bookedThroughThePage(bought, free.get(100));
        SessionType type = BookingFixtures.type(practitioners, bought.practitioner(), BookingFixtures.LONG);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<BookingOutcome>> both = new ArrayList<>();
        for (int index : new int[] {110, 120}) {
            both.add(() -> {
                start.await();
                return sessions.book(new BookingRequest(bought.member(), type.id(), free.get(index).start(), ZoneId.of("UTC"),
                        Locale.ENGLISH, newKey(), null));
            });
        }
        List<String> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<BookingOutcome>> outcomes = both.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<BookingOutcome> outcome : outcomes) {
                statuses.add(status(((BookingOutcome.Done) outcome.get()).booking().id()));
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder("confirmed", "held");
        assertThat(jdbc.sql("select count(*) from billing_series_use where purchase_ref = ?").param(bought.reference())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void herExportHoldsHerSeriesAndErasureTakesIt() {
        Bought bought = paidSeries("export", 2);
        UUID booked = bookedThroughThePage(bought, freeSlots(bought).get(100));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) credits.exportFor(bought.member());
        assertThat(exported).hasSize(1);
        assertThat(exported.getFirst()).containsEntry("purchase", bought.reference()).containsEntry("sessions", 2)
                .containsEntry("left", 1).containsEntry("bookings", List.of(booked));

        transaction.executeWithoutResult(status -> events.publishEvent(new MemberErasureRequested(bought.member())));

        assertThat(jdbc.sql("select count(*) from billing_series where member_id = ?").param(bought.member())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from billing_series_use where booking_id = ?").param(booked)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select member_id is null from billing_purchase where reference = ?").param(bought.reference())
                .query(Boolean.class).single()).as("the payment stays for bookkeeping, without her").isTrue();
    }

    record Bought(Visitor visitor, UUID member, String practitioner, String reference) {
        String slotsPage() {
            return "/sessions/practitioners/" + practitioner + "/" + BookingFixtures.LONG;
        }
    }

    /**
     * A new practitioner whose long session is on sale one at a time and as a series, and a member who bought the
     * series through the checkout form on its page (not paid yet).
     */
    private Bought buySeries(String prefix, int sessionsInSeries) {
        String slug = BookingFixtures.practitioner(practitioners, prefix, 0, 0);
        products.create(new Product(null, ProductKind.SESSION_TYPE, null, slug, BookingFixtures.LONG, null, null, 0, true,
                List.of(new Money("SEK", 95000))));
        UUID series = products.create(new Product(null, ProductKind.SERIES, null, slug, BookingFixtures.LONG, sessionsInSeries,
                null, 0, true, List.of(new Money("SEK", 340000), new Money("EUR", 30000))));
        String email = TestMembers.newAddress(prefix);
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        String page = her.get("/sessions/practitioners/" + slug + "/" + BookingFixtures.LONG).body();
        assertThat(page).contains("A series of sessions", "Buy " + sessionsInSeries + " sessions for", series.toString());

        HttpResponse<String> checkout = her.post("/billing/checkout", "product", series.toString(), "currency", "SEK");

        assertThat(checkout.statusCode()).isEqualTo(303);
        assertThat(Visitor.location(checkout)).startsWith(PROVIDER.baseUrl() + ProviderStandIn.CHECKOUT_PAGE);
        String reference = jdbc.sql("select reference from billing_purchase where member_id = ? and product_id = ?")
                .params(member, series).query(String.class).single();
        return new Bought(her, member, slug, reference);
    }

    private Bought paidSeries(String prefix, int sessionsInSeries) {
        return paidSeries(prefix, sessionsInSeries, ProviderStandIn.newId("pi_"));
    }

    private Bought paidSeries(String prefix, int sessionsInSeries, String paymentIntent) {
        Bought bought = buySeries(prefix, sessionsInSeries);
        assertThat(webhooks.deliver(Webhooks.completed(bought.reference(), paymentIntent)).body()).isEqualTo("applied");
        return bought;
    }

    /** Books a time through the confirm page and the booking form; a credit books it at once, to her session's page. */
    private UUID bookedThroughThePage(Bought bought, Slot slot) {
        bought.visitor().get(confirmPage(bought, slot));
        HttpResponse<String> booked = bought.visitor().post(bookPath(bought), "start", slot.start().toString(), "zone", "UTC",
                "key", newKey());
        assertThat(booked.statusCode()).isEqualTo(302);
        assertThat(Visitor.redirectPath(booked)).startsWith("/account/bookings/").endsWith("?booked");
        return latestBookingOf(bought.member());
    }

    private List<Slot> freeSlots(Bought bought) {
        SessionType type = BookingFixtures.type(practitioners, bought.practitioner(), BookingFixtures.LONG);
        return sessions.freeSlots(BookingFixtures.find(practitioners, bought.practitioner()), type);
    }

    private SessionSeries.Balance left(Bought bought) {
        return credits.balance(bought.member(), bought.practitioner(), BookingFixtures.LONG).orElse(null);
    }

    private static String confirmPage(Bought bought, Slot slot) {
        return bought.slotsPage() + "/confirm?start=" + slot.start() + "&zone=UTC";
    }

    private static String bookPath(Bought bought) {
        return bought.slotsPage() + "/book";
    }

    private UUID latestBookingOf(UUID member) {
        return jdbc.sql("select id from booking_booking where member_id = ? order by created_at desc limit 1")
                .param(member).query(UUID.class).single();
    }

    private String status(UUID booking) {
        return jdbc.sql("select status from booking_booking where id = ?").param(booking).query(String.class).single();
    }

    private static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

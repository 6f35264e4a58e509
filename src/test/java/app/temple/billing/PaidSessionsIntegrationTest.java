package app.temple.billing;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.BookingFixtures;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Desk;
import app.temple.booking.internal.PaidBookings;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import app.temple.Letters;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paid sessions, with WireMock standing in for the provider and webhooks signed as the provider signs them: a priced
 * session type holds the time while she pays, the provider's report confirms it (one letter, however often it comes),
 * an abandoned payment (the provider's expiry, or the sweep) frees the time, a payment after the time went to someone
 * else is refunded at once, and cancelling outside the window refunds, once.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaidSessionsIntegrationTest extends WithPaymentProvider {

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
    PaidBookings paidBookings;
    @Autowired
    Desk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffInvitations invitations;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAbandonedPaymentFreesTheTimeForAnotherMember() {
        Held held = heldSession("expiry", 100);
        assertThat(status(held.booking())).isEqualTo("held");
        assertThat(free(held)).as("nobody else can take a held time").isFalse();
        assertThat(PROVIDER.sessionRequests().getLast()).contains("expires_at=", "[name]=Online services")
                .doesNotContain(held.practitioner(), "Long");

        assertThat(deliver(expired(held.reference())).body()).isEqualTo("applied");

        assertThat(status(held.booking())).isEqualTo("cancelled");
        assertThat(free(held)).isTrue();
        assertThat(bookAs(UUID.randomUUID(), held)).as("bookable by another member").isInstanceOf(BookingOutcome.Done.class);
    }

    @Test
    void theSweepReleasesAHoldWhoseTimeRanOut() {
        Held held = heldSession("sweep", 110);
        jdbc.sql("update booking_booking set hold_expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), held.booking()).update();

        assertThat(paidBookings.releaseLapsed()).isGreaterThanOrEqualTo(1);

        assertThat(status(held.booking())).isEqualTo("cancelled");
        assertThat(free(held)).isTrue();
    }

    @Test
    void thePaymentConfirmsTheSessionAndTheLetterGoesOutOnceHoweverOftenItIsReported() {
        Held held = heldSession("paid", 120);
        long lettersBefore = new app.temple.Letters(outbox).count(held.email());
        String event = completed(held.reference(), ProviderStandIn.newId("pi_"));

        assertThat(deliver(event).body()).isEqualTo("applied");
        assertThat(deliver(event).body()).isEqualTo("already_seen");
        assertThat(deliver(completed(held.reference(), ProviderStandIn.newId("pi_"))).body()).isEqualTo("nothing_to_do");
        assertThat(deliver(expired(held.reference())).body()).as("a late expiry undoes nothing").isEqualTo("nothing_to_do");

        assertThat(status(held.booking())).isEqualTo("confirmed");
        assertThat(new app.temple.Letters(outbox).count(held.email())).isEqualTo(lettersBefore + 1);
        assertThat(held.visitor().get("/account/bookings/" + held.booking()).body()).contains("Confirmed");
    }

    /** The choice made: a payment after its time went to someone else is refunded at once, never double-booked. */
    @Test
    void aLatePaymentForATimeSomeoneElseTookIsRefundedAndBooksNothing() {
        Held held = heldSession("late", 130);
        deliver(expired(held.reference()));
        UUID other = UUID.randomUUID();
        assertThat(bookAs(other, held)).isInstanceOf(BookingOutcome.Done.class);
        String paymentIntent = ProviderStandIn.newId("pi_");

        assertThat(deliver(completed(held.reference(), paymentIntent)).body()).isEqualTo("applied");

        assertThat(status(held.booking())).isEqualTo("cancelled");
        assertThat(refundsOf(paymentIntent)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from booking_booking where practitioner_id = (select practitioner_id from booking_booking "
                        + "where id = ?) and starts_at = ? and status <> 'cancelled'").params(held.booking(), Timestamp.from(held.slot().start()))
                .query(Integer.class).single()).as("one booking for the time").isEqualTo(1);
        WrittenLetter letter = new Letters(outbox).latest(held.email(), LetterKind.PAYMENT_RETURNED).orElseThrow();
        assertThat(letter.subject()).isEqualTo("Your payment has been returned");
        assertThat(letter.text()).contains("returned it to you in full", "choose another time", "/account");
        assertDiscreet(letter, held);
    }

    /** Her letter about the returned payment comes in her language, once, however often the late payment is reported. */
    @Test
    void aLatePaymentRefundedAtOnceWritesToHerOnceInHerLanguage() {
        Held held = heldSession("latesv", 135);
        jdbc.sql("update account_member set locale = 'sv' where email = ?").param(held.email()).update();
        deliver(expired(held.reference()));
        assertThat(bookAs(UUID.randomUUID(), held)).isInstanceOf(BookingOutcome.Done.class);
        String paymentIntent = ProviderStandIn.newId("pi_");
        Letters letters = new Letters(outbox);
        long before = letters.count(held.email());

        deliver(completed(held.reference(), paymentIntent));
        deliver(completed(held.reference(), paymentIntent));

        WrittenLetter letter = letters.latest(held.email(), LetterKind.PAYMENT_RETURNED).orElseThrow();
        assertThat(letter.subject()).isEqualTo("Din betalning har betalats tillbaka");
        assertThat(letter.text()).contains("betalat tillbaka hela beloppet", "välja en annan tid");
        assertDiscreet(letter, held);
        assertThat(letters.count(held.email())).as("one letter, and no confirmation").isEqualTo(before + 1);
        assertThat(refundsOf(paymentIntent)).isEqualTo(1);
    }

    @Test
    void aPaymentInTimeWritesNoReturnedLetter() {
        Held held = heldSession("intime", 145);
        deliver(completed(held.reference(), ProviderStandIn.newId("pi_")));

        assertThat(new Letters(outbox).latest(held.email(), LetterKind.PAYMENT_RETURNED)).isEmpty();
    }

    private static void assertDiscreet(WrittenLetter letter, Held held) {
        String written = (letter.subject() + " " + letter.text()).toLowerCase(Locale.ROOT);
        assertThat(written).doesNotContain(held.practitioner(), held.type().slug(), "session", "booking", "bokning",
                "temple", "sex", "intim", "therap", "terap", "coach", "kropp", "body");
    }

    @Test
    void aLatePaymentForATimeStillFreeConfirmsIt() {
        Held held = heldSession("latefree", 140);
        deliver(expired(held.reference()));
        String paymentIntent = ProviderStandIn.newId("pi_");

        deliver(completed(held.reference(), paymentIntent));

        assertThat(status(held.booking())).isEqualTo("confirmed");
        assertThat(refundsOf(paymentIntent)).isZero();
    }

    @Test
    void cancellingOutsideTheWindowRefundsOnce() {
        Held held = heldSession("cancel", 150);
        String paymentIntent = ProviderStandIn.newId("pi_");
        deliver(completed(held.reference(), paymentIntent));

        held.visitor().get("/account/bookings/" + held.booking());
        assertThat(Visitor.redirectPath(held.visitor().post("/account/bookings/" + held.booking() + "/cancel", "reason", "")))
                .startsWith("/account/bookings/" + held.booking());
        held.visitor().get("/account/bookings/" + held.booking());
        held.visitor().post("/account/bookings/" + held.booking() + "/cancel", "reason", "");

        assertThat(status(held.booking())).isEqualTo("cancelled");
        assertThat(refundsOf(paymentIntent)).isEqualTo(1);
        assertThat(PROVIDER.refundRequests().stream().filter(body -> body.contains(paymentIntent)).findFirst().orElseThrow())
                .contains("payment_intent=" + paymentIntent);
        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded",
                ProviderStandIn.charge(paymentIntent, true))).body()).isEqualTo("applied");
        assertThat(jdbc.sql("select state from billing_purchase where reference = ?").param(held.reference())
                .query(String.class).single()).isEqualTo("refunded");
    }

    @Test
    void insideTheWindowNothingIsRefundedButHerPractitionerMayAndNoOtherPractitioner() {
        Held held = heldSession("inside", 2); // about an hour ahead: inside the 24-hour window
        String paymentIntent = ProviderStandIn.newId("pi_");
        deliver(completed(held.reference(), paymentIntent));

        held.visitor().get("/account/bookings/" + held.booking());
        assertThat(held.visitor().post("/account/bookings/" + held.booking() + "/cancel", "reason", "").statusCode())
                .isNotIn(302, 303);
        assertThat(status(held.booking())).isEqualTo("confirmed");
        assertThat(refundsOf(paymentIntent)).isZero();

        var another = BookingFixtures.find(practitioners, BookingFixtures.practitioner(practitioners, "another", 0, 0));
        assertThat(desk.refund(another, held.booking())).isEqualTo(SessionPayments.Refund.NOTHING_TO_REFUND);
        assertThat(refundsOf(paymentIntent)).isZero();

        var hers = BookingFixtures.find(practitioners, held.practitioner());
        assertThat(desk.refund(hers, held.booking())).isEqualTo(SessionPayments.Refund.REQUESTED);
        assertThat(desk.refund(hers, held.booking())).as("asked once").isEqualTo(SessionPayments.Refund.NOTHING_TO_REFUND);
        assertThat(refundsOf(paymentIntent)).isEqualTo(1);
    }

    @Test
    void herPractitionerRefundsFromTheDeskAfterAskingAndAnotherPractitionerFindsNothing() {
        DeskFixtures fixtures = new DeskFixtures(new TestMembers(port, outbox), invitations, practitioners, sessions, jdbc);
        DeskFixtures.Desk hers = fixtures.desk("Refunder");
        DeskFixtures.Desk another = fixtures.desk("Stranger");
        Held held = heldSession("desk", hers.practitioner().slug(), hers.type().slug(), 3);
        String paymentIntent = ProviderStandIn.newId("pi_");
        deliver(completed(held.reference(), paymentIntent));
        String session = "/desk/sessions/" + held.booking();

        assertThat(hers.visitor().get(session).body()).contains("Refund the payment", session + "/refund");
        assertThat(hers.visitor().get(session + "/refund").body()).contains("Refund this payment?", "Refund in full");
        assertThat(refundsOf(paymentIntent)).as("asking first refunds nothing").isZero();
        another.visitor().get("/desk");
        assertThat(another.visitor().get(session + "/refund").statusCode()).isEqualTo(404);
        another.visitor().get("/desk");
        assertThat(another.visitor().post(session + "/refund").statusCode()).isEqualTo(404);
        assertThat(refundsOf(paymentIntent)).isZero();

        assertThat(Visitor.redirectPath(hers.visitor().post(session + "/refund"))).isEqualTo(session + "?done=refund");
        assertThat(hers.visitor().get(session + "?done=refund").body()).contains("The refund is on its way");
        assertThat(hers.visitor().post(session + "/refund").statusCode()).as("once").isEqualTo(404);
        assertThat(refundsOf(paymentIntent)).isEqualTo(1);
    }

    @Test
    void aSessionTypeWithoutAProductBooksAsBefore() {
        String slug = BookingFixtures.practitioner(practitioners, "free", 0, 0);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        Slot slot = sessions.freeSlots(BookingFixtures.find(practitioners, slug), type).get(100);
        BookingOutcome outcome = sessions.book(new BookingRequest(UUID.randomUUID(), type.id(), slot.start(), ZoneId.of("UTC"),
                Locale.ENGLISH, UUID.randomUUID().toString().replace("-", ""), null));
        assertThat(status(((BookingOutcome.Done) outcome).booking().id())).isEqualTo("confirmed");
    }

    record Held(Visitor visitor, String email, String practitioner, SessionType type, Slot slot, UUID booking, String reference) {
    }

    /** A new practitioner whose long session is on sale, and a member who chose one of its times and went to pay. */
    private Held heldSession(String prefix, int slotIndex) {
        return heldSession(prefix, BookingFixtures.practitioner(practitioners, prefix, 0, 0), BookingFixtures.LONG, slotIndex);
    }

    private Held heldSession(String prefix, String slug, String typeSlug, int slotIndex) {
        products.create(new Product(null, ProductKind.SESSION_TYPE, null, slug, typeSlug, null, null, 0, true,
                List.of(new Money("SEK", 95000))));
        SessionType type = BookingFixtures.type(practitioners, slug, typeSlug);
        Slot slot = sessions.freeSlots(BookingFixtures.find(practitioners, slug), type).get(slotIndex);
        String email = TestMembers.newAddress(prefix);
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);

        assertThat(her.get("/sessions/practitioners/" + slug + "/" + typeSlug + "/confirm?start=" + slot.start() + "&zone=UTC").statusCode())
                .isEqualTo(200);
        HttpResponse<String> booked = her.post("/sessions/practitioners/" + slug + "/" + typeSlug + "/book", "start", slot.start().toString(),
                "zone", "UTC", "key", UUID.randomUUID().toString().replace("-", ""));

        assertThat(booked.statusCode()).isEqualTo(303);
        assertThat(Visitor.location(booked)).startsWith(PROVIDER.baseUrl() + ProviderStandIn.CHECKOUT_PAGE);
        UUID booking = jdbc.sql("select id from booking_booking where member_id = ? order by created_at desc limit 1")
                .param(member).query(UUID.class).single();
        String reference = jdbc.sql("select reference from billing_purchase where booking_id = ?").param(booking)
                .query(String.class).single();
        return new Held(her, email, slug, type, slot, booking, reference);
    }

    private BookingOutcome bookAs(UUID member, Held held) {
        return sessions.book(new BookingRequest(member, held.type().id(), held.slot().start(), ZoneId.of("UTC"), Locale.ENGLISH,
                UUID.randomUUID().toString().replace("-", ""), null));
    }

    private boolean free(Held held) {
        return sessions.freeSlots(BookingFixtures.find(practitioners, held.practitioner()), held.type()).stream()
                .anyMatch(slot -> slot.start().equals(held.slot().start()));
    }

    private String status(UUID booking) {
        return jdbc.sql("select status from booking_booking where id = ?").param(booking).query(String.class).single();
    }

    private long refundsOf(String paymentIntent) {
        return PROVIDER.refundRequests().stream().filter(body -> body.contains("payment_intent=" + paymentIntent)).count();
    }

    private static String completed(String reference, String paymentIntent) {
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(reference, "paid", paymentIntent, null));
    }

    private static String expired(String reference) {
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.expired",
                ProviderStandIn.session(reference, "unpaid", null, null));
    }

    private HttpResponse<String> deliver(String payload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/billing/webhook"))
                .header("Content-Type", "application/json; charset=utf-8").header("Stripe-Signature", ProviderStandIn.signature(payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}

package app.temple.billing;

import app.temple.Letters;
import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A membership after its checkout, as the provider reports it through signed webhooks: it renews, a renewal fails
 * (grace and one discreet letter), recovers, is cancelled or ends unpaid, each event delivered twice and, where it
 * matters, out of order; and her way to the provider's customer portal, for her own customer alone.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipsIntegrationTest extends WithPaymentProvider {

    static final String PORTAL_SESSIONS = "/v1/billing_portal/sessions";
    static final String PORTAL_PAGE = "/p/session/test_standin";
    static final String LOCKED = "/courses/exploration/e1-2";
    static final int GRACE_DAYS = 7;
    /** Words a letter about a payment must never say (privacy rule 7), in both languages. */
    static final List<String> TOPIC_WORDS = List.of("course", "kurs", "lesson", "membership", "medlemskap", "temple",
            "session", "sex", "intim", "body", "kropp", "wellbeing", "relationship", "women", "kvinn");

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Products products;
    @Autowired
    AccessGrants access;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private UUID membership;

    @BeforeAll
    void membershipOnSaleAndAPortalAtTheProvider() {
        membership = products.create(new Product(null, ProductKind.MEMBERSHIP, null, null, null, null, "month", 0, true,
                List.of(new Money("SEK", 9900))));
        PROVIDER.server.stubFor(post(urlEqualTo(PORTAL_SESSIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_standin")
                .withBody("""
                        {"id": "bps_test_standin", "object": "billing_portal.session", "livemode": false,
                         "customer": "cus_from_request", "return_url": "http://localhost/account/purchases",
                         "created": 1893369600, "url": "%s%s"}""".formatted(PROVIDER.baseUrl(), PORTAL_PAGE))));
    }

    @Test
    void aRenewalExtendsTheGrantToTheNewPeriodsEndOnceAndALateOlderOneChangesNothing() {
        Member her = member("renews");
        Instant firstEnd = grantEnd(her).truncatedTo(ChronoUnit.SECONDS);
        Instant renewedEnd = firstEnd.plus(30, ChronoUnit.DAYS);
        String renewal = invoiceEvent("invoice.paid", her, ProviderStandIn.newId("in_"), firstEnd, renewedEnd);

        assertThat(deliver(renewal).body()).isEqualTo("applied");
        assertThat(deliver(renewal).body()).as("the same event again").isEqualTo("already_seen");
        assertThat(grantEnd(her)).isEqualTo(renewedEnd);

        String older = invoiceEvent("invoice.paid", her, ProviderStandIn.newId("in_"), firstEnd.minus(30, ChronoUnit.DAYS), firstEnd);
        assertThat(deliver(older).body()).as("an older period reported late").isEqualTo("nothing_to_do");
        assertThat(grantEnd(her)).isEqualTo(renewedEnd);
        assertThat(access.holds(her.id(), "foundation")).isTrue();
    }

    @Test
    void aFailedRenewalGivesGraceAndOneDiscreetLetterAndAPaymentRecoversWithoutASecond() {
        Member her = member("fails");
        Instant periodStart = periodEndedAnHourAgo(her);
        // the grant was moved behind Temple's back, as another instance would: this one learns it through the change feed
        assertThat(app.temple.Eventually.answer(() -> access.holds(her.id(), "foundation"), held -> !held))
                .as("without grace, her paid period is over").isFalse();
        String invoice = ProviderStandIn.newId("in_");
        Instant periodEnd = periodStart.plus(30, ChronoUnit.DAYS);
        String failed = invoiceEvent("invoice.payment_failed", her, invoice, periodStart, periodEnd);

        assertThat(deliver(failed).body()).isEqualTo("applied");
        assertThat(deliver(failed).body()).isEqualTo("already_seen");
        assertThat(deliver(invoiceEvent("invoice.payment_failed", her, invoice, periodStart, periodEnd)).body())
                .as("the provider's retry of the same invoice fails again").isEqualTo("nothing_to_do");

        assertThat(access.holds(her.id(), "foundation")).as("access goes on in the grace").isTrue();
        assertThat(grantEnd(her)).isEqualTo(periodStart.plus(GRACE_DAYS, ChronoUnit.DAYS));
        Letters letters = new Letters(outbox);
        assertThat(paymentLetters(her)).as("one letter").isEqualTo(1);
        WrittenLetter letter = letters.latest(her.email(), LetterKind.PAYMENT_METHOD).orElseThrow();
        assertThat(letter.subject()).isEqualTo("Please check your payment details");
        assertThat(letter.text()).contains("/account/purchases", GRACE_DAYS + " days");
        for (String word : TOPIC_WORDS) {
            assertThat((letter.subject() + " " + letter.text()).toLowerCase()).as("no topic word").doesNotContain(word);
        }

        assertThat(deliver(invoiceEvent("invoice.paid", her, invoice, periodStart, periodEnd)).body()).isEqualTo("applied");
        assertThat(grantEnd(her)).as("recovered: the paid period").isEqualTo(periodEnd);
        assertThat(deliver(invoiceEvent("invoice.payment_failed", her, invoice, periodStart, periodEnd)).body())
                .as("a failure of the paid invoice reported late").isEqualTo("nothing_to_do");
        assertThat(grantEnd(her)).isEqualTo(periodEnd);
        assertThat(paymentLetters(her)).as("no second letter").isEqualTo(1);
    }

    @Test
    void aSubscriptionThatEndsUnpaidEndsAccessAtTheGraceEndWhicheverIsReportedFirst() {
        Member first = member("unpaid-failed-first");
        Instant start = periodEndedAnHourAgo(first);
        Instant unpaidEnd = start.plus(30, ChronoUnit.DAYS);
        deliver(invoiceEvent("invoice.payment_failed", first, ProviderStandIn.newId("in_"), start, unpaidEnd));
        String ended = subscriptionEvent("customer.subscription.deleted", first, "canceled", false, start, unpaidEnd, "payment_failed");
        deliver(ended);
        deliver(ended);
        assertThat(grantEnd(first)).as("not the unpaid period").isEqualTo(start.plus(GRACE_DAYS, ChronoUnit.DAYS));

        Member second = member("unpaid-ended-first");
        Instant secondStart = periodEndedAnHourAgo(second);
        deliver(subscriptionEvent("customer.subscription.deleted", second, "unpaid", false, secondStart,
                secondStart.plus(30, ChronoUnit.DAYS), null));
        assertThat(grantEnd(second)).isEqualTo(secondStart.plus(GRACE_DAYS, ChronoUnit.DAYS));
        assertThat(deliver(invoiceEvent("invoice.payment_failed", second, ProviderStandIn.newId("in_"), secondStart,
                secondStart.plus(30, ChronoUnit.DAYS))).body()).as("a failure reported after the end").isEqualTo("nothing_to_do");
        assertThat(paymentLetters(second)).as("no letter about a membership that is over").isZero();
    }

    @Test
    void cancellingKeepsAccessToThePaidPeriodsEndInEitherOrderAndNeverLessThanWasPaid() {
        Member her = member("cancels");
        Instant periodEnd = grantEnd(her).truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        Instant periodStart = periodEnd.minus(30, ChronoUnit.DAYS);
        String cancelled = subscriptionEvent("customer.subscription.updated", her, "active", true, periodStart, periodEnd, null);

        assertThat(deliver(cancelled).body()).isEqualTo("applied");
        assertThat(deliver(cancelled).body()).isEqualTo("already_seen");
        assertThat(grantEnd(her)).isEqualTo(periodEnd);
        assertThat(access.holds(her.id(), "foundation")).isTrue();
        String deleted = subscriptionEvent("customer.subscription.deleted", her, "canceled", false, periodStart, periodEnd,
                "cancellation_requested");
        deliver(deleted);
        deliver(deleted);
        assertThat(grantEnd(her)).isEqualTo(periodEnd);

        Member other = member("cancels-late");
        Instant otherEnd = grantEnd(other).truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        deliver(subscriptionEvent("customer.subscription.deleted", other, "canceled", false, otherEnd.minus(30, ChronoUnit.DAYS),
                otherEnd, "cancellation_requested"));
        deliver(subscriptionEvent("customer.subscription.updated", other, "active", true, otherEnd.minus(30, ChronoUnit.DAYS),
                otherEnd, null));
        assertThat(grantEnd(other)).as("the end first, then the cancellation").isEqualTo(otherEnd);

        Member renewed = member("renewed-then-stale-cancel");
        Instant renewedEnd = grantEnd(renewed).truncatedTo(ChronoUnit.SECONDS).plus(30, ChronoUnit.DAYS);
        deliver(invoiceEvent("invoice.paid", renewed, ProviderStandIn.newId("in_"), grantEnd(renewed), renewedEnd));
        deliver(subscriptionEvent("customer.subscription.updated", renewed, "active", true, grantEnd(renewed).minus(60, ChronoUnit.DAYS),
                renewedEnd.minus(30, ChronoUnit.DAYS), null));
        assertThat(grantEnd(renewed)).as("never earlier than what she paid for").isEqualTo(renewedEnd);
    }

    @Test
    void anEventAboutAMembershipWhoseCheckoutIsNotYetReportedWaitsAndThenApplies() {
        Member her = startedOnly("early");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String renewal = invoiceEvent("invoice.paid", her, ProviderStandIn.newId("in_"), now.plus(30, ChronoUnit.DAYS),
                now.plus(60, ChronoUnit.DAYS));

        assertThat(deliver(renewal).statusCode()).isEqualTo(409);
        checkoutCompleted(her);
        assertThat(deliver(renewal).body()).isEqualTo("applied");
        assertThat(grantEnd(her)).isEqualTo(now.plus(60, ChronoUnit.DAYS));
        assertThat(deliver(invoiceEvent("invoice.paid", null, ProviderStandIn.newId("in_"), now, now.plus(90, ChronoUnit.DAYS)))
                .body()).as("an invoice of someone else's subscription").isEqualTo("nothing_to_do");
    }

    @Test
    void herPortalIsOpenedForHerOwnCustomerAloneAndNeverForAnothersOrHostileInput() {
        Member her = member("portal");
        Visitor visitor = her.visitor();
        String page = visitor.get("/account/purchases").body();
        assertThat(page).contains("action=\"/account/purchases/portal\"", "Manage payment and membership");
        assertThat(visitor.get("/account/purchases?lang=sv").body()).contains("Hantera betalning och medlemskap")
                .doesNotContain("Manage payment");
        assertThat(visitor.get("/account/purchases?lang=en").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("the portal form's answer may lead to the provider's portal").contains(" " + PROVIDER.baseUrl());
        int asked = portalRequests().size();

        HttpResponse<String> opened = visitor.post("/account/purchases/portal", "customer", "cus_someone_else");

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).isEqualTo(PROVIDER.baseUrl() + PORTAL_PAGE);
        List<String> requests = portalRequests();
        assertThat(requests).hasSize(asked + 1);
        assertThat(requests.getLast()).contains("customer=" + her.customer(), "return_url=http://localhost:8080/account/purchases",
                "locale=en").doesNotContain("cus_someone_else", her.email(), her.id().toString());

        Visitor other = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("portal-other"));
        assertThat(other.get("/account/purchases").body()).doesNotContain("/account/purchases/portal");
        assertThat(other.post("/account/purchases/portal", "customer", her.customer()).statusCode())
                .as("no membership of her own: nothing to open, whatever she names").isEqualTo(404);
        for (String hostile : List.of("\u0000", "<script>alert(1)</script>", "x".repeat(10_000), "cus_\u202e", "%00")) {
            assertThat(other.post("/account/purchases/portal", "customer", hostile).statusCode()).isIn(400, 404);
            assertThat(visitor.post("/account/purchases/portal", "customer", hostile).statusCode()).isIn(303, 400);
        }
        assertThat(portalRequests()).as("every portal asked for was hers").allMatch(body -> body.contains("customer=" + her.customer())
                || !body.contains("customer=cus_"));
        assertThat(new Visitor(port).post("/account/purchases/portal").statusCode()).as("a visitor").isIn(302, 403);
    }

    /**
     * The rule for a membership's refunds: a full refund of the period she is in ends her access, once, whatever order
     * the provider's reports come in; a later renewal or failure neither gives it back nor writes to her.
     */
    @Test
    void aFullRefundOfTheCurrentPeriodEndsHerAccessOnceInAnyOrder() {
        Member her = member("refunded");
        Instant periodEnd = grantEnd(her).truncatedTo(ChronoUnit.SECONDS);
        Instant periodStart = periodEnd.minus(30, ChronoUnit.DAYS);
        String invoice = ProviderStandIn.newId("in_");
        String payment = ProviderStandIn.newId("pi_");
        String refund = ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded", ProviderStandIn.charge(payment, true));

        assertThat(deliver(refund).statusCode()).as("before the provider says what the charge paid").isEqualTo(409);
        deliver(invoiceEvent("invoice.paid", her, invoice, periodStart, periodEnd));
        assertThat(deliver(refund).statusCode()).as("the invoice's payment not reported yet").isEqualTo(409);
        assertThat(deliver(invoicePayment(invoice, payment)).body()).isEqualTo("applied");
        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded",
                ProviderStandIn.charge(payment, false))).body()).as("a partial refund").isEqualTo("nothing_to_do");
        assertThat(access.holds(her.id(), "foundation")).isTrue();

        assertThat(deliver(refund).body()).isEqualTo("applied");
        assertThat(deliver(refund).body()).isEqualTo("already_seen");
        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded",
                ProviderStandIn.charge(payment, true))).body()).as("reported again, as a new event").isEqualTo("nothing_to_do");

        assertThat(access.holds(her.id(), "foundation")).isFalse();
        assertThat(jdbc.sql("select state from billing_purchase where reference = ?").param(her.reference())
                .query(String.class).single()).isEqualTo("refunded");
        assertThat(jdbc.sql("select count(*) from billing_grant where purchase_ref = ? and revoked_at is null")
                .param(her.reference()).query(Integer.class).single()).isZero();
        assertThat(her.visitor().get("/account/purchases").body()).contains("Refunded");

        deliver(invoiceEvent("invoice.paid", her, ProviderStandIn.newId("in_"), periodEnd, periodEnd.plus(30, ChronoUnit.DAYS)));
        deliver(invoiceEvent("invoice.payment_failed", her, ProviderStandIn.newId("in_"), periodEnd, periodEnd.plus(30, ChronoUnit.DAYS)));
        assertThat(access.holds(her.id(), "foundation")).as("a refunded membership stays refunded").isFalse();
        assertThat(paymentLetters(her)).as("no letter about a membership that is over").isZero();
    }

    /** A refund of a period already over is recorded and takes nothing away (the provider's older invoice shape). */
    @Test
    void aRefundOfAPeriodAlreadyOverLeavesTheCurrentOneAsItIs() {
        Member her = member("pastrefund");
        Instant currentEnd = grantEnd(her);
        Instant pastEnd = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String invoice = ProviderStandIn.newId("in_");
        String payment = ProviderStandIn.newId("pi_");
        deliver(invoiceEvent("invoice.paid", her, invoice, pastEnd.minus(30, ChronoUnit.DAYS), pastEnd)
                .replace("\"billing_reason\"", "\"payment_intent\": \"" + payment + "\", \"billing_reason\""));

        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded",
                ProviderStandIn.charge(payment, true))).body()).isEqualTo("applied");

        assertThat(access.holds(her.id(), "foundation")).isTrue();
        assertThat(grantEnd(her)).isEqualTo(currentEnd);
        assertThat(jdbc.sql("select state from billing_purchase where reference = ?").param(her.reference())
                .query(String.class).single()).isEqualTo("paid");
    }

    /** Another system's invoice on the same provider account, its reference of another shape: no 500, nothing kept. */
    @Test
    void anInvoiceWithAReferenceOfAnotherShapeIsNoConcern() {
        String invoice = ProviderStandIn.newId("in_");
        String event = invoiceEvent("invoice.paid", null, invoice, Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(29, ChronoUnit.DAYS))
                .replace("someone-elses-reference", "order #7 (theirs)");

        assertThat(deliver(event).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from billing_membership_invoice where invoice = ? and purchase_ref is not null")
                .param(invoice).query(Integer.class).single()).as("kept without a reference, if at all").isZero();
    }

    /** The provider's record that a payment paid an invoice, as its current API reports it. */
    private static String invoicePayment(String invoice, String paymentIntent) {
        String object = """
                {"id": "%s", "object": "invoice_payment", "invoice": "%s", "is_default": true, "status": "paid",
                 "amount_paid": 9900, "currency": "sek", "payment": {"type": "payment_intent", "payment_intent": "%s"}}"""
                .formatted(ProviderStandIn.newId("inpay_"), invoice, paymentIntent);
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "invoice_payment.paid", object);
    }

    /** A member whose membership's checkout the provider reported paid, with her customer at the provider. */
    record Member(Visitor visitor, UUID id, String email, String reference, String subscription, String customer) {
    }

    private Member member(String prefix) {
        Member her = startedOnly(prefix);
        checkoutCompleted(her);
        assertThat(access.holds(her.id(), "foundation")).isTrue();
        return her;
    }

    private Member startedOnly(String prefix) {
        String email = TestMembers.newAddress(prefix);
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        visitor.get(LOCKED);
        assertThat(visitor.post("/billing/checkout", "product", membership.toString(), "currency", "SEK").statusCode()).isEqualTo(303);
        String reference = jdbc.sql("select reference from billing_purchase where member_id = ? order by created_at desc limit 1")
                .param(id).query(String.class).single();
        return new Member(visitor, id, email, reference, ProviderStandIn.newId("sub_"), ProviderStandIn.newId("cus_"));
    }

    private void checkoutCompleted(Member her) {
        String session = """
                {"id": "%s", "object": "checkout.session", "client_reference_id": "%s", "status": "complete",
                 "payment_status": "paid", "mode": "subscription", "payment_intent": null, "subscription": "%s",
                 "customer": "%s", "amount_total": 9900, "currency": "sek", "metadata": {"reference": "%s"}}"""
                .formatted(ProviderStandIn.newId("cs_test_"), her.reference(), her.subscription(), her.customer(), her.reference());
        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed", session)).body())
                .isEqualTo("applied");
    }

    /** Moves her grant back in time as if she had bought a month ago and the paid period ended an hour ago. */
    private Instant periodEndedAnHourAgo(Member her) {
        Instant end = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("update billing_grant set starts_at = ?, ends_at = ? where purchase_ref = ?")
                .params(Timestamp.from(end.minus(Duration.ofDays(30))), Timestamp.from(end), her.reference()).update();
        return end;
    }

    /** An invoice of her subscription as the provider's current API writes it; {@code her} null for a stranger's. */
    private static String invoiceEvent(String type, Member her, String invoice, Instant periodStart, Instant periodEnd) {
        String reference = her == null ? "someone-elses-reference" : her.reference();
        String subscription = her == null ? ProviderStandIn.newId("sub_") : her.subscription();
        String customer = her == null ? ProviderStandIn.newId("cus_") : her.customer();
        String object = """
                {"id": "%s", "object": "invoice", "billing_reason": "subscription_cycle", "customer": "%s",
                 "status": "%s", "amount_due": 9900, "currency": "sek",
                 "parent": {"type": "subscription_details", "subscription_details": {"subscription": "%s",
                   "metadata": {"reference": "%s"}}},
                 "lines": {"object": "list", "data": [{"id": "il_1", "object": "line_item", "amount": 9900,
                   "period": {"start": %d, "end": %d}}]}}"""
                .formatted(invoice, customer, type.equals("invoice.paid") ? "paid" : "open", subscription, reference,
                        periodStart.getEpochSecond(), periodEnd.getEpochSecond());
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), type, object);
    }

    /** Her subscription as the provider's current API writes it, its period on its item. */
    private static String subscriptionEvent(String type, Member her, String status, boolean cancelAtPeriodEnd,
                                            Instant periodStart, Instant periodEnd, String cancellationReason) {
        String object = """
                {"id": "%s", "object": "subscription", "customer": "%s", "status": "%s", "cancel_at_period_end": %s,
                 "cancellation_details": {"reason": %s}, "metadata": {"reference": "%s"},
                 "items": {"object": "list", "data": [{"id": "si_1", "object": "subscription_item",
                   "current_period_start": %d, "current_period_end": %d}]}}"""
                .formatted(her.subscription(), her.customer(), status, cancelAtPeriodEnd,
                        cancellationReason == null ? "null" : "\"" + cancellationReason + "\"", her.reference(),
                        periodStart.getEpochSecond(), periodEnd.getEpochSecond());
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), type, object);
    }

    private long paymentLetters(Member her) {
        return outbox.letters().stream().map(Outbox.KeptLetter::letter)
                .filter(letter -> letter.to().equalsIgnoreCase(her.email()) && letter.kind() == LetterKind.PAYMENT_METHOD).count();
    }

    private Instant grantEnd(Member her) {
        return jdbc.sql("select ends_at from billing_grant where purchase_ref = ?").param(her.reference())
                .query(Timestamp.class).single().toInstant();
    }

    private List<String> portalRequests() {
        return PROVIDER.server.findAll(postRequestedFor(urlEqualTo(PORTAL_SESSIONS))).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8)).toList();
    }

    private HttpResponse<String> deliver(String payload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/billing/webhook"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", ProviderStandIn.signature(payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}

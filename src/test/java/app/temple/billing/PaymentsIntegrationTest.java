package app.temple.billing;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying through the provider's hosted checkout, with WireMock standing in for the provider's API and webhook
 * deliveries signed exactly as the provider signs them. The grant comes from the signed report alone, once, whatever
 * the order or repetition of the reports; a forged one changes nothing. (Its own context: a provider is set up.)
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsIntegrationTest extends WithPaymentProvider {

    static final String LOCKED = "/courses/exploration/e1-2";

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
    @Autowired
    app.temple.account.Accounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void buyingACourseGrantsItWhenTheProviderReportsThePaymentAndNotBefore() {
        UUID product = courseOnSale("exploration", 49000);
        String email = TestMembers.newAddress("buyer");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);

        HttpResponse<String> lesson = member.get(LOCKED);
        assertThat(lesson.body()).contains("name=\"product\" value=\"" + product + "\"", "Buy for SEK\u00a0490",
                "Prices include VAT (25 %).");
        assertThat(lesson.headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("the purchase form's answer may lead to the provider's page").contains("form-action 'self' " + PROVIDER.baseUrl() + ";");

        HttpResponse<String> checkout = member.post("/billing/checkout", "product", product.toString(), "currency", "SEK");

        assertThat(checkout.statusCode()).isEqualTo(303);
        assertThat(checkout.headers().firstValue("Location").orElseThrow()).startsWith(PROVIDER.baseUrl() + ProviderStandIn.CHECKOUT_PAGE);
        String reference = latestReference(id);
        String asked = lastSessionRequest();
        assertThat(asked).contains("client_reference_id=" + reference, "mode=payment", "[currency]=sek", "[unit_amount]=49000",
                "[name]=Online services", "[statement_descriptor_suffix]=WELLNESS CO SERVICES L", "locale=en",
                "success_url=http://localhost:8080/billing/return?purchase=" + reference);
        assertThat(asked.toLowerCase()).as("the provider learns nothing of what she bought, nor who she is")
                .doesNotContain("exploration", "foundation", "course", "lesson", email.toLowerCase(), "customer_email", id.toString());

        String back = member.get("/billing/return?purchase=" + reference).body();
        assertThat(back).contains("We are confirming your payment");
        assertThat(access.holds(id, "exploration")).as("coming back grants nothing").isFalse();

        String paymentIntent = ProviderStandIn.newId("pi_");
        assertThat(deliver(completed(reference, paymentIntent)).statusCode()).isEqualTo(200);

        assertThat(access.holds(id, "exploration")).isTrue();
        assertThat(access.holds(id, "foundation")).isFalse();
        assertThat(member.get("/billing/return?purchase=" + reference).body()).contains("Your payment is confirmed");
        assertThat(member.get(LOCKED).body()).doesNotContain("/billing/checkout");
        assertThat(state(reference)).isEqualTo("paid");
        assertThat(jdbc.sql("select payment_intent from billing_purchase where reference = ?").param(reference)
                .query(String.class).single()).isEqualTo(paymentIntent);
    }

    @Test
    void theSameReportTwiceOrAnotherOutOfOrderGrantsOnce() {
        UUID product = courseOnSale("exploration", 39000);
        Bought bought = startedCheckout(product, "SEK", "twice");
        String event = completed(bought.reference(), ProviderStandIn.newId("pi_"));

        assertThat(deliver(event).body()).isEqualTo("applied");
        assertThat(deliver(event).body()).as("the same event again").isEqualTo("already_seen");
        assertThat(deliver(completed(bought.reference(), ProviderStandIn.newId("pi_"))).body())
                .as("another report of the same payment").isEqualTo("nothing_to_do");
        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.expired",
                ProviderStandIn.session(bought.reference(), "unpaid", null, null))).body())
                .as("a late expiry never undoes a payment").isEqualTo("nothing_to_do");

        assertThat(grantsOf(bought.member())).isEqualTo(1);
        assertThat(state(bought.reference())).isEqualTo("paid");
        assertThat(access.holds(bought.member(), "exploration")).isTrue();
    }

    @Test
    void aPaymentReportedAfterItsCheckoutExpiredStillGrantsOnce() {
        UUID product = courseOnSale("exploration", 29000);
        Bought bought = startedCheckout(product, "SEK", "late");

        deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.expired",
                ProviderStandIn.session(bought.reference(), "unpaid", null, null)));
        assertThat(state(bought.reference())).isEqualTo("expired");
        assertThat(bought.visitor().get("/billing/return?purchase=" + bought.reference()).body()).contains("The payment was not completed");

        String paid = completed(bought.reference(), ProviderStandIn.newId("pi_"));
        deliver(paid);
        deliver(paid);

        assertThat(state(bought.reference())).isEqualTo("paid");
        assertThat(grantsOf(bought.member())).isEqualTo(1);
        assertThat(access.holds(bought.member(), "exploration")).isTrue();
    }

    @Test
    void anUnpaidCompletionGrantsNothingUntilTheAsynchronousPaymentSucceeds() {
        Bought bought = startedCheckout(courseOnSale("exploration", 19000), "SEK", "async");

        deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(bought.reference(), "unpaid", ProviderStandIn.newId("pi_"), null)));
        assertThat(access.holds(bought.member(), "exploration")).isFalse();

        deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.async_payment_succeeded",
                ProviderStandIn.session(bought.reference(), "paid", ProviderStandIn.newId("pi_"), null)));
        assertThat(access.holds(bought.member(), "exploration")).isTrue();
    }

    @Test
    void aForgedOrUnsignedReportIsRefusedAndChangesNothing() {
        Bought bought = startedCheckout(courseOnSale("exploration", 49000), "SEK", "forged");
        String payload = completed(bought.reference(), ProviderStandIn.newId("pi_"));
        long now = System.currentTimeMillis() / 1000;
        int events = count("billing_provider_event");

        assertThat(deliver(payload, null).statusCode()).as("no signature").isEqualTo(400);
        assertThat(deliver(payload, "").statusCode()).as("an empty signature").isEqualTo(400);
        assertThat(deliver(payload, ProviderStandIn.signature(payload, now, "whsec_guessed")).statusCode())
                .as("signed with another secret").isEqualTo(400);
        assertThat(deliver(payload, ProviderStandIn.signature(payload, now - 3600, ProviderStandIn.WEBHOOK_SECRET)).statusCode())
                .as("a signature an hour old, replayed").isEqualTo(400);
        assertThat(deliver(payload.replace("\"paid\"", "\"paid\" "), ProviderStandIn.signature(payload)).statusCode())
                .as("a payload changed after signing").isEqualTo(400);
        assertThat(deliver("not json", ProviderStandIn.signature("not json")).statusCode()).as("signed, but no event").isEqualTo(400);
        assertThat(deliver(payload, "t=" + now + ",v1=" + "0".repeat(64)).statusCode()).isEqualTo(400);

        assertThat(access.holds(bought.member(), "exploration")).isFalse();
        assertThat(state(bought.reference())).isEqualTo("open");
        assertThat(count("billing_provider_event")).isEqualTo(events);
    }

    @Test
    void aFullRefundRevokesTheGrantEvenWhenReportedBeforeThePayment() {
        Bought bought = startedCheckout(courseOnSale("exploration", 49000), "SEK", "refund");
        String paymentIntent = ProviderStandIn.newId("pi_");
        String refund = ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded",
                ProviderStandIn.charge(paymentIntent, true));

        assertThat(deliver(refund).statusCode()).as("a refund of a payment not yet reported waits").isEqualTo(409);
        deliver(completed(bought.reference(), paymentIntent));
        assertThat(access.holds(bought.member(), "exploration")).isTrue();

        assertThat(deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded",
                ProviderStandIn.charge(paymentIntent, false))).body()).as("a partial refund leaves access").isEqualTo("nothing_to_do");
        assertThat(access.holds(bought.member(), "exploration")).isTrue();

        assertThat(deliver(refund).body()).as("delivered again, now that the payment is known").isEqualTo("applied");
        assertThat(access.holds(bought.member(), "exploration")).isFalse();
        assertThat(state(bought.reference())).isEqualTo("refunded");
        deliver(completed(bought.reference(), paymentIntent));
        assertThat(access.holds(bought.member(), "exploration")).as("a late payment report does not undo a refund").isFalse();
        assertThat(bought.visitor().get("/billing/return?purchase=" + bought.reference()).body()).contains("The payment was refunded");
    }

    @Test
    void aMembershipIsASubscriptionWithItsTrialAndOpensEveryCourseForItsPeriod() {
        UUID membership = products.create(new Product(null, ProductKind.MEMBERSHIP, null, null, null, null, "month", 7, true,
                List.of(new Money("EUR", 1500))));
        Bought bought = startedCheckout(membership, "EUR", "member");

        String asked = lastSessionRequest();
        assertThat(asked).contains("mode=subscription", "[recurring][interval]=month", "[trial_period_days]=7", "[currency]=eur",
                "client_reference_id=" + bought.reference());

        deliver(ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(bought.reference(), "no_payment_required", null, ProviderStandIn.newId("sub_"))));

        assertThat(access.holds(bought.member(), "foundation")).isTrue();
        assertThat(access.holds(bought.member(), "exploration")).isTrue();
        Instant ends = jdbc.sql("select ends_at from billing_grant where purchase_ref = ?").param(bought.reference())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(ends).isBetween(Instant.now().plus(35, ChronoUnit.DAYS), Instant.now().plus(39, ChronoUnit.DAYS));
    }

    @Test
    void whenTheProviderCannotBeReachedSheIsToldAndNothingIsKept() {
        UUID product = products.create(new Product(null, ProductKind.COURSE, "exploration", null, null, null, null, 0, true,
                List.of(new Money("USD", 5000))));
        String email = TestMembers.newAddress("provider-down");
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        member.get(LOCKED);

        HttpResponse<String> answer = member.post("/billing/checkout", "product", product.toString(), "currency", "USD");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("Payment is not possible just now", "Nothing has been charged");
        assertThat(jdbc.sql("select count(*) from billing_purchase where member_id = ?").param(TestMembers.idOf(jdbc, email))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aMemberNeverSeesAnothersPurchaseAndCannotBuyWhatIsNotOnSale() {
        UUID product = courseOnSale("exploration", 49000);
        Bought bought = startedCheckout(product, "SEK", "hers");
        Visitor other = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("not-hers"));

        assertThat(other.get("/billing/return?purchase=" + bought.reference()).statusCode()).isEqualTo(404);
        assertThat(other.get("/billing/return?purchase=nothing").statusCode()).isEqualTo(404);
        assertThat(new Visitor(port).get("/billing/return?purchase=" + bought.reference()).statusCode()).isEqualTo(302);

        other.get(LOCKED);
        int purchases = count("billing_purchase");
        assertThat(other.post("/billing/checkout", "product", product.toString(), "currency", "NOK").statusCode()).isEqualTo(404);
        assertThat(other.post("/billing/checkout", "product", "<script>", "currency", "SEK").statusCode()).isEqualTo(404);
        assertThat(other.post("/billing/checkout", "product", UUID.randomUUID().toString(), "currency", "SEK").statusCode()).isEqualTo(404);
        products.setActive(product, false);
        assertThat(other.post("/billing/checkout", "product", product.toString(), "currency", "SEK").statusCode())
                .as("taken off sale").isEqualTo(404);
        assertThat(count("billing_purchase")).isEqualTo(purchases);
    }

    @Test
    void theTwentyFirstCheckoutWithinAnHourWaits() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("many-checkouts"));
        member.get(LOCKED);
        for (int i = 0; i < 20; i++) {
            assertThat(member.post("/billing/checkout", "product", UUID.randomUUID().toString(), "currency", "SEK").statusCode())
                    .isEqualTo(404);
        }
        HttpResponse<String> waits = member.post("/billing/checkout", "product", UUID.randomUUID().toString(), "currency", "SEK");
        assertThat(waits.statusCode()).isEqualTo(429);
        assertThat(waits.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aSignedReportWithAControlCharacterInItsFieldsIsReadAsNothingAndNeverAServerError() {
        Bought bought = startedCheckout(courseOnSale("exploration", 49000), "SEK", "control");
        String payload = ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(bought.reference() + "\\u0007", "paid", "pi_\\u0007", null));

        assertThat(deliver(payload).statusCode()).isEqualTo(200);
        assertThat(deliver(ProviderStandIn.event("evt_\\u0007", "checkout.session.completed", "{}")).statusCode()).isEqualTo(400);
        assertThat(access.holds(bought.member(), "exploration")).isFalse();
        assertThat(state(bought.reference())).isEqualTo("open");
    }

    @Test
    void aVisitorSeesThePricesAndIsAskedToSignInToBuy() {
        courseOnSale("exploration", 49000);
        String page = new Visitor(port).get(LOCKED).body();
        assertThat(page).contains("SEK\u00a0490", "Sign in to buy access", "/sign-in?next=%2Fcourses%2Fexploration%2Fe1-2")
                .doesNotContain("/billing/checkout");
        String swedish = new Visitor(port).get(LOCKED + "?lang=sv").body();
        assertThat(swedish).contains("490\u00a0kr", "Logga in för att köpa tillgång", "Priserna inkluderar moms (25 %).");
    }

    @Test
    void herPurchasesAndReceiptsAreHersAloneInHerAccountAndExportAndBookkeepingOutlivesHerAccount() {
        UUID product = courseOnSale("exploration", 49000);
        Bought bought = startedCheckout(product, "SEK", "receipts");
        deliver(completed(bought.reference(), ProviderStandIn.newId("pi_")));
        Visitor member = bought.visitor();

        assertThat(member.get("/account").body()).contains("href=\"/account/purchases\"");
        assertThat(member.get("/account/purchases").body()).contains("Your purchases", "One course: Exploration",
                "SEK\u00a0490", "Paid", "/account/purchases/" + bought.reference());
        assertThat(member.get("/account/purchases/" + bought.reference()).body()).contains("Receipt", bought.reference(),
                "Online services", "Of which VAT (25 %)", "SEK\u00a098");
        assertThat(member.get("/account/purchases/" + bought.reference() + "?lang=sv").body()).contains("Kvitto", "Varav moms",
                "490\u00a0kr").doesNotContain("Receipt", "Amount");
        member.get("/account?lang=en");

        Visitor other = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("receipt-other"));
        assertThat(other.get("/account/purchases/" + bought.reference()).statusCode()).isEqualTo(404);
        assertThat(other.get("/account/purchases").body()).doesNotContain(bought.reference()).contains("No payments yet.");

        assertThat(member.get("/account/privacy").body()).contains("Your payments, when you make any",
                "kept without your name for as long as bookkeeping law requires");
        member.submit("/account/confirm?next=/account/privacy/export", "/account/confirm",
                "next", "/account/privacy/export", "password", TestMembers.PASSWORD);
        assertThat(member.get("/account/privacy/export").body()).contains("\"purchases\"", bought.reference(), "\"state\":\"paid\"");

        member.get(LOCKED);
        member.post("/billing/checkout", "product", product.toString(), "currency", "SEK");
        accounts.erase(bought.member());

        assertThat(jdbc.sql("select count(*) from billing_purchase where member_id = ?").param(bought.member())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from billing_purchase where reference = ? and member_id is null and state = 'paid'")
                .param(bought.reference()).query(Integer.class).single()).as("kept for bookkeeping, without her").isEqualTo(1);
        assertThat(app.temple.PersonalRows.mentioning(jdbc, bought.member(), bought.email())).isEmpty();
    }

    record Bought(Visitor visitor, UUID member, String email, String reference) {
    }

    private Bought startedCheckout(UUID product, String currency, String prefix) {
        String email = TestMembers.newAddress(prefix);
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        member.get(LOCKED);
        assertThat(member.post("/billing/checkout", "product", product.toString(), "currency", currency).statusCode()).isEqualTo(303);
        return new Bought(member, id, email, latestReference(id));
    }

    private UUID courseOnSale(String course, long sekMinor) {
        return products.create(new Product(null, ProductKind.COURSE, course, null, null, null, null, 0, true,
                List.of(new Money("SEK", sekMinor))));
    }

    private static String completed(String reference, String paymentIntent) {
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(reference, "paid", paymentIntent, null));
    }

    private HttpResponse<String> deliver(String payload) {
        return deliver(payload, ProviderStandIn.signature(payload));
    }

    private HttpResponse<String> deliver(String payload, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/billing/webhook"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private String lastSessionRequest() {
        List<String> asked = PROVIDER.sessionRequests();
        return asked.get(asked.size() - 1);
    }

    private String latestReference(UUID member) {
        return jdbc.sql("select reference from billing_purchase where member_id = ? order by created_at desc limit 1")
                .param(member).query(String.class).single();
    }

    private String state(String reference) {
        return jdbc.sql("select state from billing_purchase where reference = ?").param(reference).query(String.class).single();
    }

    private int grantsOf(UUID member) {
        return jdbc.sql("select count(*) from billing_grant where member_id = ?").param(member).query(Integer.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

}

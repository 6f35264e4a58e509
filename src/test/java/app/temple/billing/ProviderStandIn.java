package app.temple.billing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock standing in for the payment provider's HTTP API, and the provider's way of signing webhook deliveries:
 * {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + payload)>}.
 */
public final class ProviderStandIn {

    /** Where the stand-in's checkout page is, on its own origin as the provider's is. */
    public static final String CHECKOUT_PAGE = "/c/pay/cs_test_standin";
    static final String SECRET_KEY = "sk_test_standin";
    public static final String WEBHOOK_SECRET = "whsec_" + UUID.randomUUID().toString().replace("-", "");
    static final String SESSIONS = "/v1/checkout/sessions";
    static final String REFUNDS = "/v1/refunds";
    /** The currency the stand-in refuses with a server error, to show what happens when the provider is down. */
    static final String FAILING_CURRENCY = "usd";

    final WireMockServer server = new WireMockServer(options().dynamicPort());

    ProviderStandIn() {
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        // the provider's hosted checkout page, standing in: a page on another origin, where she would pay
        server.stubFor(get(urlPathEqualTo(CHECKOUT_PAGE)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!DOCTYPE html><html lang=\"en\"><title>Stand-in checkout</title><h1>Stand-in checkout</h1></html>")));
        // a Checkout Session as the provider answers one, with a fresh id each time
        server.stubFor(post(urlEqualTo(SESSIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_standin")
                .withTransformers("response-template")
                .withBody("""
                        {"id": "cs_test_{{randomValue length=32 type='ALPHANUMERIC'}}", "object": "checkout.session",
                         "livemode": false, "mode": "payment", "status": "open", "payment_status": "unpaid",
                         "amount_total": 49000, "currency": "sek", "customer": null, "customer_email": null,
                         "expires_at": 1893456000, "created": 1893369600, "metadata": {},
                         "success_url": "http://localhost/billing/return", "cancel_url": "http://localhost/billing/return",
                         "url": "%s%s#fidkdWxOYHwnPyd1blpxYHZxWjA0"}""".formatted(server.baseUrl(), CHECKOUT_PAGE))));
        server.stubFor(post(urlEqualTo(SESSIONS)).atPriority(1)
                .withRequestBody(matching("(?s).*(\\[|%5B)currency(\\]|%5D)=" + FAILING_CURRENCY + ".*"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"stand-in failure\"}}")));
        refunds();
    }

    /** The form bodies of the refunds asked for so far, decoded, oldest first. */
    public List<String> refundRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(REFUNDS))).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8)).toList();
    }

    private void refunds() {
        server.stubFor(post(urlEqualTo(REFUNDS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_standin")
                .withTransformers("response-template")
                .withBody("""
                        {"id": "re_{{randomValue length=24 type='ALPHANUMERIC'}}", "object": "refund", "amount": 95000,
                         "currency": "sek", "status": "succeeded", "metadata": {}}""")));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The form bodies of the checkout sessions asked for so far, decoded, oldest first. */
    public List<String> sessionRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(SESSIONS))).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8)).toList();
    }

    public static String signature(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] hash = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static String signature(String payload) {
        return signature(payload, System.currentTimeMillis() / 1000, WEBHOOK_SECRET);
    }

    /** An event as the provider sends it, around one object. */
    public static String event(String id, String type, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "2025-09-30.clover", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null}, "type": "%s",
                 "data": {"object": %s}}""".formatted(id, System.currentTimeMillis() / 1000, type, object);
    }

    /** A completed Checkout Session for a purchase reference. */
    public static String session(String reference, String paymentStatus, String paymentIntent, String subscription) {
        return """
                {"id": "cs_test_%s", "object": "checkout.session", "client_reference_id": "%s", "status": "complete",
                 "payment_status": "%s", "mode": "%s", "payment_intent": %s, "subscription": %s,
                 "amount_total": 49000, "currency": "sek", "metadata": {"reference": "%s"}}""".formatted(
                UUID.randomUUID().toString().replace("-", ""), reference, paymentStatus,
                subscription == null ? "payment" : "subscription", quoted(paymentIntent), quoted(subscription), reference);
    }

    /** A charge, fully refunded or not. */
    static String charge(String paymentIntent, boolean fully) {
        return """
                {"id": "ch_%s", "object": "charge", "payment_intent": "%s", "refunded": %s, "amount": 49000,
                 "amount_refunded": %d, "currency": "sek"}""".formatted(UUID.randomUUID().toString().replace("-", ""),
                paymentIntent, fully, fully ? 49000 : 1000);
    }

    public static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}

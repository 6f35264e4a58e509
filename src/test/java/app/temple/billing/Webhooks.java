package app.temple.billing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Delivering the provider's events to the platform's webhook, signed as the provider signs them. */
public final class Webhooks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public Webhooks(int port) {
        this.port = port;
    }

    public HttpResponse<String> deliver(String payload) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/billing/webhook"))
                .header("Content-Type", "application/json; charset=utf-8").header("Stripe-Signature", ProviderStandIn.signature(payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** A checkout for a purchase reference, completed and paid by card. */
    public static String completed(String reference, String paymentIntent) {
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(reference, "paid", paymentIntent, null));
    }

    /** A checkout for a purchase reference that lapsed unpaid. */
    public static String expired(String reference) {
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.expired",
                ProviderStandIn.session(reference, "unpaid", null, null));
    }

    /** A payment refunded in full. */
    public static String refunded(String paymentIntent) {
        return ProviderStandIn.event(ProviderStandIn.newId("evt_"), "charge.refunded", ProviderStandIn.charge(paymentIntent, true));
    }
}

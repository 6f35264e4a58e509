package app.temple.billing.internal;

import app.temple.FuzzFields;
import app.temple.billing.ProviderStandIn;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Clock;

/**
 * Whatever a webhook delivery carries, anything not validly signed is refused as not from the provider (400) before
 * its payload is read, and a signed one gives an event with an id and a type or the same refusal; never another
 * exception (a 500, which the provider would retry for days). The first line of an input is the Stripe-Signature
 * header, or SIGN to have this test sign the payload now, or SIGN-OLD to sign it as of an hour ago; the rest is the
 * payload. No database: {@link ProviderEvents#event} decides before anything is stored.
 */
class WebhookFuzzTest {

    private static final ProviderEvents EVENTS = new ProviderEvents(new PaymentSettings("sk_test_fuzz",
            ProviderStandIn.WEBHOOK_SECRET, "http://127.0.0.1:9", "SERVICES", "Online services", false, "included", 25),
            null, null, null, null, null, Clock.systemUTC(), null, null, null);

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"SIGN", "t=", ",v1=", ",v0=", "checkout.session.completed", "charge.refunded", "null", "[]"})
    void onlyASignedDeliveryIsRead(byte[] input) {
        FuzzFields fields = FuzzFields.of(input, 2);
        String header = fields.get(0);
        String payload = fields.get(1) == null ? "" : fields.get(1);
        boolean signedNow = "SIGN".equals(header);
        if (signedNow) {
            header = ProviderStandIn.signature(payload);
        } else if ("SIGN-OLD".equals(header)) {
            header = ProviderStandIn.signature(payload, System.currentTimeMillis() / 1000 - 3600,
                    ProviderStandIn.WEBHOOK_SECRET);
        }
        ProviderEvents.Event event;
        try {
            event = EVENTS.event(payload, header);
        } catch (ProviderEvents.NotFromProvider refused) {
            return;
        }
        if (!signedNow) {
            throw new AssertionError("an unsigned or old delivery was read: " + header);
        }
        if (event.id() == null || event.id().isBlank() || event.type() == null || event.object() == null) {
            throw new AssertionError("an event without an id, a type or an object: " + event);
        }
    }
}

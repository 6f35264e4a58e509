package app.temple.billing.web;

import app.temple.billing.internal.ProviderEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment provider's webhook. Without a provider there is nothing here (404). A delivery without a valid
 * signature is answered 400 and changes nothing; one about a payment not yet reported, 409, so the provider delivers
 * it again later; everything else 200, including an event seen before.
 */
@RestController
class WebhookController {

    static final String WEBHOOK = "/billing/webhook";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final ProviderEvents events;

    WebhookController(ProviderEvents events) {
        this.events = events;
    }

    @PostMapping(path = WEBHOOK)
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (!events.listening()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String payload = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return ResponseEntity.ok(events.receive(payload, signature).name().toLowerCase(java.util.Locale.ROOT));
        } catch (ProviderEvents.NotFromProvider refused) {
            log.warn("billing webhook refused: {}", refused.getMessage());
            return ResponseEntity.badRequest().body("refused");
        } catch (ProviderEvents.NotYetKnown early) {
            log.info("billing webhook deferred: {}", early.getMessage());
            return ResponseEntity.status(HttpStatus.CONFLICT).body("not yet");
        }
    }
}

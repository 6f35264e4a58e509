package app.temple.billing.internal;

import com.stripe.StripeClient;
import org.springframework.stereotype.Component;

/**
 * The one stripe-java client, made on first use from the configured key and API base, with short timeouts and one
 * retry: a slow provider must not hold her request for long.
 */
@Component
class ProviderClient {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 20_000;

    private final PaymentSettings settings;
    private volatile StripeClient client;

    ProviderClient(PaymentSettings settings) {
        this.settings = settings;
    }

    StripeClient get() {
        StripeClient made = client;
        if (made == null) {
            made = StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase())
                    .setConnectTimeout(CONNECT_TIMEOUT_MS).setReadTimeout(READ_TIMEOUT_MS).setMaxNetworkRetries(1).build();
            client = made;
        }
        return made;
    }
}

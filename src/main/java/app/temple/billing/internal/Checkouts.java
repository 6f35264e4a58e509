package app.temple.billing.internal;

import app.temple.account.Accounts;
import app.temple.billing.Money;
import app.temple.site.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Starting a purchase: an open purchase with an opaque reference, then the provider's hosted checkout for it. Nothing
 * is granted here, nor on her way back: only the provider's verified report of the payment grants ({@link ProviderEvents}).
 */
@Service
public class Checkouts {

    /** Where she comes back to from the provider's page, whether she paid or not. */
    public static final String RETURN_PATH = "/billing/return";

    private static final Logger log = LoggerFactory.getLogger(Checkouts.class);

    private final Products products;
    private final Purchases purchases;
    private final HostedCheckout provider;
    private final PaymentSettings settings;
    private final Accounts accounts;
    private final PublicAddress address;

    Checkouts(Products products, Purchases purchases, HostedCheckout provider, PaymentSettings settings, Accounts accounts,
              PublicAddress address) {
        this.products = products;
        this.purchases = purchases;
        this.provider = provider;
        this.settings = settings;
        this.accounts = accounts;
        this.address = address;
    }

    /** How starting a checkout went. */
    public sealed interface Outcome {
        /** Send her to the provider's page. */
        record Started(String url) implements Outcome {
        }

        /** No provider, no such product on sale, or not in that currency. */
        record NotForSale() implements Outcome {
        }

        /** The provider could not be asked; nothing was bought. */
        record ProviderUnavailable() implements Outcome {
        }
    }

    public Outcome start(UUID member, UUID product, String currency, String language) {
        if (!settings.configured() || member == null || product == null) {
            return new Outcome.NotForSale();
        }
        Product found = products.find(product).filter(Product::active)
                .filter(p -> p.kind().opensCourses() || p.kind() == ProductKind.SERIES).orElse(null);
        Money price = found == null ? null : found.price(currency).orElse(null);
        if (price == null) {
            return new Outcome.NotForSale();
        }
        Money charged = charged(price);
        Purchase purchase = purchases.open(member, found.id(), charged);
        String email = settings.sendEmail() ? accounts.profile(member).map(Accounts.Profile::email).orElse(null) : null;
        try {
            HostedCheckout.Page page = provider.start(purchase, found, charged, email, language, address.of(RETURN_PATH));
            purchases.checkoutStarted(purchase.id(), page.id());
            return new Outcome.Started(page.url());
        } catch (HostedCheckout.ProviderUnavailable unavailable) {
            purchases.abandon(purchase.id());
            log.warn("billing checkout not started: purchase {}: {}", purchase.id(), unavailable.getCause().getClass().getSimpleName());
            return new Outcome.ProviderUnavailable();
        }
    }

    /** What she pays: the price as shown, with VAT added where prices are shown without it. */
    Money charged(Money price) {
        if (!settings.vat().equals("excluded")) {
            return price;
        }
        long withVat = BigDecimal.valueOf(price.amountMinor()).multiply(BigDecimal.valueOf(100L + settings.vatRate()))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        return new Money(price.currency(), withVat);
    }
}

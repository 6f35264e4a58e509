package app.temple.billing.internal;

import app.temple.account.Accounts;
import app.temple.billing.Money;
import app.temple.billing.SessionPayments;
import app.temple.site.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying for a booked session: a session type is paid for when an admin put a session-type product for it on sale
 * and a provider is set up. The purchase names the held booking; the provider learns only the opaque reference and the
 * operator's neutral wording, never the practitioner or the kind of session.
 */
@Service
class SessionCheckouts implements SessionPayments {

    private static final Logger log = LoggerFactory.getLogger(SessionCheckouts.class);

    private final Products products;
    private final Purchases purchases;
    private final SessionPurchases sessions;
    private final Checkouts checkouts;
    private final HostedCheckout provider;
    private final ProviderRefunds refunds;
    private final PaymentSettings settings;
    private final Accounts accounts;
    private final PublicAddress address;
    private final JdbcClient jdbc;

    SessionCheckouts(Products products, Purchases purchases, SessionPurchases sessions, Checkouts checkouts,
                     HostedCheckout provider, ProviderRefunds refunds, PaymentSettings settings, Accounts accounts,
                     PublicAddress address, JdbcClient jdbc) {
        this.products = products;
        this.purchases = purchases;
        this.sessions = sessions;
        this.checkouts = checkouts;
        this.provider = provider;
        this.refunds = refunds;
        this.settings = settings;
        this.accounts = accounts;
        this.address = address;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Money> price(String practitioner, String sessionType) {
        return product(practitioner, sessionType).map(product -> product.prices().getFirst());
    }

    @Override
    public Checkout checkout(UUID member, UUID booking, String practitioner, String sessionType, String language,
                             Instant expiresAt) {
        Optional<Product> product = product(practitioner, sessionType);
        if (sessions.referenceOf(booking).isPresent()) {
            return new Checkout.AlreadyStarted();
        }
        if (product.isEmpty() || member == null) {
            return new Checkout.NotForSale();
        }
        Money charged = checkouts.charged(product.get().prices().getFirst());
        Purchase purchase = purchases.open(member, product.get().id(), charged);
        sessions.attach(purchase.id(), booking);
        String email = settings.sendEmail() ? accounts.profile(member).map(Accounts.Profile::email).orElse(null) : null;
        try {
            HostedCheckout.Page page = provider.start(purchase, product.get(), charged, email, language,
                    address.of(Checkouts.RETURN_PATH), expiresAt);
            purchases.checkoutStarted(purchase.id(), page.id());
            return new Checkout.Started(page.url());
        } catch (HostedCheckout.ProviderUnavailable unavailable) {
            purchases.abandon(purchase.id());
            log.warn("billing session checkout not started: purchase {}: {}", purchase.id(),
                    unavailable.getCause().getClass().getSimpleName());
            return new Checkout.ProviderUnavailable();
        }
    }

    @Override
    public boolean paid(UUID booking) {
        return purchaseOf(booking).filter(purchase -> purchase.state() == PurchaseState.PAID).isPresent();
    }

    @Override
    public Refund refund(UUID booking) {
        Optional<Purchase> paid = purchaseOf(booking).filter(purchase -> purchase.state() == PurchaseState.PAID);
        return paid.map(this::refund).orElse(Refund.NOTHING_TO_REFUND);
    }

    /** Asks the provider once per purchase; a failure takes the mark back, so that it may be asked again. */
    Refund refund(Purchase purchase) {
        if (purchase.paymentIntent() == null || !sessions.refundRequested(purchase.id())) {
            return Refund.NOTHING_TO_REFUND;
        }
        try {
            refunds.refund(purchase);
            log.info("billing refund requested: purchase {}", purchase.id());
            return Refund.REQUESTED;
        } catch (HostedCheckout.ProviderUnavailable unavailable) {
            sessions.refundNotRequested(purchase.id());
            log.warn("billing refund not requested: purchase {}: {}", purchase.id(), unavailable.getCause().getClass().getSimpleName());
            return Refund.PROVIDER_UNAVAILABLE;
        }
    }

    private Optional<Purchase> purchaseOf(UUID booking) {
        return sessions.referenceOf(booking).flatMap(purchases::find);
    }

    /** The session-type product on sale for one practitioner's session type, when a provider can take its payment. */
    private Optional<Product> product(String practitioner, String sessionType) {
        if (!settings.configured()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from billing_product where kind = 'session_type' and active and practitioner = ? "
                        + "and session_type = ? order by created_at desc limit 1")
                .params(practitioner, sessionType).query(UUID.class).optional()
                .flatMap(products::find).filter(product -> !product.prices().isEmpty());
    }
}

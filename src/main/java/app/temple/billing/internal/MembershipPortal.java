package app.temple.billing.internal;

import app.temple.site.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Her way to the provider's customer portal, to change how she pays or to cancel. Only ever for her own customer at
 * the provider, found from her own memberships: nothing she sends names a customer.
 */
@Service
public class MembershipPortal {

    private static final Logger log = LoggerFactory.getLogger(MembershipPortal.class);

    private final PaymentSettings settings;
    private final Memberships memberships;
    private final CustomerPortal portal;
    private final PublicAddress address;

    MembershipPortal(PaymentSettings settings, Memberships memberships, CustomerPortal portal, PublicAddress address) {
        this.settings = settings;
        this.memberships = memberships;
        this.portal = portal;
        this.address = address;
    }

    /** How opening the portal went. */
    public sealed interface Outcome {
        /** Send her to the portal. */
        record Opened(String url) implements Outcome {
        }

        /** No provider, or she has no membership the provider knows her by. */
        record NoMembership() implements Outcome {
        }

        /** The provider could not be asked. */
        record ProviderUnavailable() implements Outcome {
        }
    }

    /** Whether she has a membership to manage at the provider: the button is shown only then. */
    public boolean available(UUID member) {
        return settings.configured() && member != null && memberships.customerOf(member).isPresent();
    }

    public Outcome open(UUID member, String language) {
        if (!settings.configured() || member == null) {
            return new Outcome.NoMembership();
        }
        return memberships.customerOf(member).<Outcome>map(customer -> {
            try {
                return new Outcome.Opened(portal.open(customer, address.of(MembershipEvents.ACCOUNT_PATH), language));
            } catch (HostedCheckout.ProviderUnavailable unavailable) {
                log.warn("billing portal not opened: {}", unavailable.getCause().getClass().getSimpleName());
                return new Outcome.ProviderUnavailable();
            }
        }).orElseGet(Outcome.NoMembership::new);
    }
}

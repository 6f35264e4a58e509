package app.temple.billing.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How memberships behave ({@code temple.payments.*}).
 *
 * @param graceDays    how long access goes on after a renewal fails, while she updates how she pays (0 to 60)
 * @param portalOrigin the origin of the provider's customer portal, which her portal form's answer leads to
 */
@Component
public record MembershipSettings(int graceDays, String portalOrigin) {

    public MembershipSettings(@Value("${temple.payments.grace-days:7}") int graceDays,
                              @Value("${temple.payments.portal-origin:https://billing.stripe.com}") String portalOrigin) {
        this.graceDays = Math.clamp(graceDays, 0, 60);
        this.portalOrigin = portalOrigin;
    }
}

package app.temple.billing.web;

import app.temple.billing.internal.MembershipSettings;
import app.temple.billing.internal.PaymentSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's origin joins the form-action only when a provider is set up; the grace days stay within reason. */
class MembershipAccessTest {

    static final MembershipSettings PORTAL = new MembershipSettings(7, "https://portal.example");

    @Test
    void thePortalOriginIsAFormTargetOnlyWithAProvider() {
        assertThat(new MembershipAccess(settings("sk_test_x", "whsec_x"), PORTAL).formTargets())
                .containsExactly("https://portal.example");
        assertThat(new MembershipAccess(settings("", ""), PORTAL).formTargets()).isEmpty();
        assertThat(new MembershipAccess(settings("sk_test_x", ""), PORTAL).formTargets()).isEmpty();
    }

    @Test
    void graceDaysAreKeptBetweenNoneAndSixty() {
        assertThat(new MembershipSettings(-3, "https://portal.example").graceDays()).isZero();
        assertThat(new MembershipSettings(400, "https://portal.example").graceDays()).isEqualTo(60);
        assertThat(PORTAL.graceDays()).isEqualTo(7);
    }

    private static PaymentSettings settings(String key, String webhookSecret) {
        return new PaymentSettings(key, webhookSecret, "https://api.example", "SERVICES", "Online services", false, "included", 25);
    }
}

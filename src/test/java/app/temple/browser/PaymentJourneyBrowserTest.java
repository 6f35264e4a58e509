package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.AccessGrants;
import app.temple.billing.Money;
import app.temple.billing.ProviderStandIn;
import app.temple.billing.WithPaymentProvider;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a locked lesson through the provider's checkout (its page stood in by WireMock, on another origin) to the
 * lesson, in English and in Swedish: she buys, the provider's signed report grants, and her way back shows the
 * payment confirmed and opens the lesson. Temple's pages pass axe at 320 px and fetch nothing from
 * another origin; only her own click on "buy" leads to the provider.
 */
@TempleIntegrationTest
class PaymentJourneyBrowserTest extends WithPaymentProvider {

    private static final String LOCKED = "/courses/exploration/e1-3";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Products products;
    @Autowired
    AccessGrants access;
    @Autowired
    MessageSource messages;

    @Test
    void inEnglish() {
        walk(Locale.ENGLISH);
    }

    @Test
    void inSwedish() {
        walk(Locale.forLanguageTag("sv"));
    }

    private void walk(Locale locale) {
        UUID product = products.create(new Product(null, ProductKind.COURSE, "exploration", null, null, null, null, 0, true,
                List.of(new Money("SEK", 49000))));
        String email = TestMembers.newAddress("pay-journey-" + locale.getLanguage());
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        try (BrowserContext her = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setViewportSize(320, 640).setLocale(locale.getLanguage().equals("sv") ? "sv-SE" : "en-GB"))) {
            her.addCookies(List.of(new Cookie("temple_session", member.cookie("temple_session").orElseThrow()).setUrl(origin())));
            String reference = sheBuysFromTheLockedLesson(her, locale, product, id);
            theProviderReportsThePayment(reference);
            sheComesBackToHerLesson(her, locale, reference);
        }
        assertThat(access.holds(id, "exploration")).isTrue();
    }

    private String sheBuysFromTheLockedLesson(BrowserContext her, Locale locale, UUID product, UUID id) {
        Page page = her.newPage();
        PageChecks checks = new PageChecks(page, origin());
        page.navigate(origin() + LOCKED + "?lang=" + locale.getLanguage());
        assertThat(page.locator("#lesson-text").count()).as("locked").isZero();
        String buy = t("billing.offer.buy", locale, locale.getLanguage().equals("sv") ? "490\u00a0kr" : "SEK\u00a0490");
        var form = page.locator("form[action='/billing/checkout']:has(input[name=product][value='" + product + "'])");
        assertThat(form.locator("button").innerText()).isEqualTo(buy);
        assertThat(page.getByText(t("billing.offer.discreet", locale)).isVisible()).isTrue();
        checks.assertAccessibleSelfContainedAndNarrow(page, "the locked lesson with its offer");

        form.locator("button").click();
        page.waitForLoadState();
        assertThat(page.url()).as("the form leads to the provider's page (the CSP lets it)")
                .startsWith(PROVIDER.baseUrl() + ProviderStandIn.CHECKOUT_PAGE);
        assertThat(page.locator("h1").innerText()).isEqualTo("Stand-in checkout");
        page.close();
        return jdbc.sql("select reference from billing_purchase where member_id = ? order by created_at desc limit 1")
                .param(id).query(String.class).single();
    }

    /** What the provider does once she has paid on its page: a signed webhook delivery. */
    private void theProviderReportsThePayment(String reference) {
        String payload = ProviderStandIn.event(ProviderStandIn.newId("evt_"), "checkout.session.completed",
                ProviderStandIn.session(reference, "paid", ProviderStandIn.newId("pi_"), null));
        try {
            HttpResponse<String> delivered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin() + "/billing/webhook"))
                    .header("Content-Type", "application/json").header("Stripe-Signature", ProviderStandIn.signature(payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(delivered.statusCode()).isEqualTo(200);
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The provider sends her back to the success address it was given; she goes on to her lesson from there. */
    private void sheComesBackToHerLesson(BrowserContext her, Locale locale, String reference) {
        Page page = her.newPage();
        PageChecks checks = new PageChecks(page, origin());
        page.navigate(origin() + "/billing/return?purchase=" + reference);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(locale.getLanguage());
        assertThat(page.locator("h1").innerText()).isEqualTo(t("billing.return.title.paid", locale));
        checks.assertAccessibleSelfContainedAndNarrow(page, "the confirmed payment");

        page.locator("a[href='/courses/exploration']").first().click();
        page.waitForLoadState();
        page.navigate(origin() + LOCKED);
        assertThat(page.locator("#lesson-text").innerText().length()).as("the whole lesson, open now").isGreaterThan(500);
        assertThat(page.locator("form[action='/billing/checkout']").count()).as("nothing more to buy").isZero();
        checks.assertAccessibleSelfContainedAndNarrow(page, "the lesson she bought");
        page.close();
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

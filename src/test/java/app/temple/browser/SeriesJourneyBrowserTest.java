package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.Money;
import app.temple.billing.ProviderStandIn;
import app.temple.billing.Webhooks;
import app.temple.billing.WithPaymentProvider;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.Practitioners;
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

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A series of sessions, in English and in Swedish, at 320 px: she buys it from a session type's page of free times
 * (through the provider's page, stood in on another origin), the provider's signed report grants it, and she books
 * a time that uses one of her sessions and is confirmed at once. Every page of hers passes axe and fetches nothing
 * from another origin.
 */
@TempleIntegrationTest
class SeriesJourneyBrowserTest extends WithPaymentProvider {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Products products;
    @Autowired
    Practitioners practitioners;
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
        String language = locale.getLanguage();
        String slug = BookingFixtures.practitioner(practitioners, "series-journey-" + language, 0, 0);
        String times = "/sessions/practitioners/" + slug + "/" + BookingFixtures.LONG;
        products.create(new Product(null, ProductKind.SESSION_TYPE, null, slug, BookingFixtures.LONG, null, null, 0, true,
                List.of(new Money("SEK", 95000))));
        UUID series = products.create(new Product(null, ProductKind.SERIES, null, slug, BookingFixtures.LONG, 4, null, 0, true,
                List.of(new Money("SEK", 340000))));
        String email = TestMembers.newAddress("series-journey-" + language);
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        UUID id = TestMembers.idOf(jdbc, email);
        try (BrowserContext her = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setViewportSize(320, 640).setLocale(language.equals("sv") ? "sv-SE" : "en-GB"))) {
            her.addCookies(List.of(new Cookie("temple_session", member.cookie("temple_session").orElseThrow()).setUrl(origin())));
            Page page = her.newPage();
            PageChecks checks = new PageChecks(page, origin());

            page.navigate(origin() + times + "?lang=" + language);
            var buy = page.locator("form[action='/billing/checkout']:has(input[name=product][value='" + series + "']) button");
            assertThat(buy.innerText()).isEqualTo(t("booking.credits.offer.buy", locale, 4,
                    language.equals("sv") ? "3\u00a0400\u00a0kr" : "SEK\u00a03,400"));
            checks.assertAccessibleSelfContainedAndNarrow(page, "a session type's times with its series on sale");
            buy.click();
            page.waitForLoadState();
            assertThat(page.url()).startsWith(PROVIDER.baseUrl() + ProviderStandIn.CHECKOUT_PAGE);
            // her own click led to the provider; Temple's pages from here on are checked afresh
            page.close();
            page = her.newPage();
            checks = new PageChecks(page, origin());

            String reference = jdbc.sql("select reference from billing_purchase where member_id = ? and product_id = ?")
                    .params(id, series).query(String.class).single();
            assertThat(new Webhooks(port).deliver(Webhooks.completed(reference, ProviderStandIn.newId("pi_"))).statusCode())
                    .isEqualTo(200);

            page.navigate(origin() + "/billing/return?purchase=" + reference);
            assertThat(page.locator("h1").innerText()).isEqualTo(t("billing.return.title.paid", locale));
            checks.assertAccessibleSelfContainedAndNarrow(page, "the confirmed series");
            page.getByText(t("billing.return.sessions", locale)).click();
            page.waitForLoadState();
            assertThat(page.getByText(t("booking.credits.left", locale, 4, 4)).isVisible()).isTrue();
            checks.assertAccessibleSelfContainedAndNarrow(page, "the times with her sessions left");

            page.locator("a[href*='/confirm?start=']").nth(20).click();
            page.waitForLoadState();
            assertThat(page.getByText(t("booking.credits.price", locale, 4, 4)).isVisible()).isTrue();
            checks.assertAccessibleSelfContainedAndNarrow(page, "confirming a session of her series");
            page.getByText(t("booking.confirm.book", locale)).click();
            page.waitForLoadState();
            assertThat(page.url()).as("booked at once, no payment page").startsWith(origin() + "/account/bookings/");

            page.navigate(origin() + times);
            assertThat(page.getByText(t("booking.credits.left", locale, 3, 4)).isVisible()).isTrue();
            page.navigate(origin() + "/account/purchases");
            assertThat(page.getByText(t("billing.series.left", locale, 3, 4)).isVisible()).isTrue();
            checks.assertAccessibleSelfContainedAndNarrow(page, "her purchases with the sessions left");
            page.close();
        }
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}

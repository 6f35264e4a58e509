package app.temple.billing;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;
import app.temple.billing.internal.Purchase;
import app.temple.billing.internal.Purchases;
import app.temple.booking.DeskFixtures;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's list of payments over real HTTP: what was bought, for how much and where it stands, a paid session with
 * its practitioner, its time and the way to its refund, filtered by status and paged from the last row, in English
 * and Swedish; and for nobody but an admin.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsListIntegrationTest extends WithPaymentProvider {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService bookings;
    @Autowired
    Products products;
    @Autowired
    Purchases purchases;
    @Autowired
    JdbcClient jdbc;

    private Visitor admin;
    private UUID course;

    @BeforeAll
    void anAdminAndACourseOnSale() {
        admin = new TestMembers(port, outbox).staff(TestMembers.newAddress("payments-admin"), Role.ADMIN, invitations);
        course = products.create(new Product(null, ProductKind.COURSE, "exploration", null, null, null, null, 0, true,
                List.of(new Money("SEK", 49000))));
    }

    @Test
    void aPaidSessionShowsItsPractitionerAndTimeAndLeadsToItsRefundAndACourseItsStatus() {
        DeskFixtures fixtures = new DeskFixtures(new TestMembers(port, outbox), invitations, practitioners, bookings, jdbc);
        DeskFixtures.Desk desk = fixtures.desk("Ines Ledger");
        UUID member = UUID.randomUUID();
        Booking booking = fixtures.book(member, desk.practitioner(), desk.type(), 5, null);
        UUID session = products.create(new Product(null, ProductKind.SESSION_TYPE, null, desk.practitioner().slug(),
                desk.type().slug(), null, null, 0, true, List.of(new Money("EUR", 8800))));
        Purchase paidSession = paid(member, session, new Money("EUR", 8800));
        jdbc.sql("update billing_purchase set booking_id = ? where id = ?").params(booking.id(), paidSession.id()).update();
        Purchase refunded = paid(member, course, new Money("SEK", 49100));
        jdbc.sql("update billing_purchase set state = 'refunded', refunded_at = now() where id = ?").param(refunded.id()).update();

        String page = admin.get("/admin/payments").body();

        assertThat(page).contains("<h1>Payments</h1>", "Ines Ledger", "€88", "One session of a session type",
                "/admin/sessions/" + booking.id() + "/refund", "SEK\u00a0491", "One course: Exploration", "Refunded")
                .doesNotContain(member.toString());
        String refundedOnly = admin.get("/admin/payments?status=refunded").body();
        assertThat(refundedOnly).contains("SEK\u00a0491").doesNotContain("€88", "Ines Ledger");
        assertThat(admin.get("/admin/sessions/" + booking.id() + "/refund").body()).as("the existing confirmation")
                .contains("Refund this payment?");

        jdbc.sql("update billing_purchase set refund_requested_at = now() where id = ?").param(paidSession.id()).update();
        assertThat(admin.get("/admin/payments?status=paid").body()).contains("Paid, refund asked for", "Ines Ledger")
                .doesNotContain("/admin/sessions/" + booking.id() + "/refund");

        assertThat(admin.get("/admin/payments?lang=sv").body()).contains("<h1>Betalningar</h1>", "Återbetald", "hos Ines Ledger")
                .doesNotContain("Refunded", "Payments, newest first");
        admin.get("/admin/payments?lang=en");
    }

    @Test
    void pagesFollowOnFromTheLastRowShown() {
        for (int i = 0; i < 55; i++) {
            Purchase open = purchases.open(UUID.randomUUID(), course, new Money("SEK", 20000 + i * 100L));
            purchases.expired(open.reference());
        }

        String first = admin.get("/admin/payments?status=expired").body();
        assertThat(first).contains("SEK\u00a0254", "SEK\u00a0205", "Expired unpaid").doesNotContain("SEK\u00a0204");
        Matcher older = Pattern.compile("href=\"(/admin/payments\\?status=expired&amp;after=[0-9a-f-]{36})\"").matcher(first);
        assertThat(older.find()).as("a link to older payments").isTrue();

        String second = admin.get(older.group(1).replace("&amp;", "&")).body();
        assertThat(second).contains("SEK\u00a0204", "SEK\u00a0200", "Back to the newest").doesNotContain("SEK\u00a0205");
    }

    @Test
    void aStatusOrAStartingRowThatIsNotOneIsA400() {
        assertThat(admin.get("/admin/payments?status=stolen").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/payments?after=not-an-id").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/payments?after=" + UUID.randomUUID()).body()).contains("No payments with this status.");
        for (String hostile : List.of(AdminHostileInput.SCRIPT, "x".repeat(5_000), "' or '1'='1", "a\u0000b", "\uD83D\uDE00")) {
            String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
            for (String query : List.of("status=" + encoded, "after=" + encoded, "status=paid&after=" + encoded)) {
                HttpResponse<String> answer = admin.get("/admin/payments?" + query);
                assertThat(answer.statusCode()).as(query).isEqualTo(400);
                assertThat(answer.body()).doesNotContain(AdminHostileInput.SCRIPT);
            }
        }
    }

    @Test
    void nobodyButAnAdminSeesIt() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("payments-member"));
        assertThat(member.get("/admin/payments").statusCode()).isEqualTo(403);
        assertThat(new Visitor(port).get("/admin/payments").statusCode()).isIn(302, 303);
    }

    private Purchase paid(UUID member, UUID product, Money amount) {
        Purchase open = purchases.open(member, product, amount);
        return purchases.paid(open.reference(), ProviderStandIn.newId("pi_"), null).orElseThrow();
    }
}

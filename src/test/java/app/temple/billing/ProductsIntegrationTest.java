package app.temple.billing;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins put products on sale over real HTTP. With no payment provider set up (the default, as in this context),
 * nothing can be bought: the locked pages say access is arranged with us, and checkout and webhook are not there.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductsIntegrationTest {

    static final String LOCKED = "/courses/foundation/f1-2";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    JdbcClient jdbc;

    private Visitor admin;

    @BeforeAll
    void anAdmin() {
        admin = new TestMembers(port, outbox).staff(TestMembers.newAddress("products-admin"), Role.ADMIN, invitations);
    }

    @Test
    void anAdminPutsACourseOnSaleInTwoCurrencies() {
        HttpResponse<String> created = create(form("kind", "course", "course", "exploration", "sek", "490", "eur", "45,50"));

        assertThat(redirectPath(created)).isEqualTo("/admin/products?created");
        assertThat(admin.get("/admin/products?created").body())
                .contains("The product is on sale.", "One course: Exploration", "SEK\u00a0490", "€45.50", "On sale");
        assertThat(jdbc.sql("select count(*) from billing_price p join billing_product b on b.id = p.product_id "
                + "where b.course_slug = 'exploration' and p.currency = 'EUR' and p.amount_minor = 4550").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void aMembershipKeepsItsPeriodAndTrial() {
        assertThat(redirectPath(create(form("kind", "membership", "every", "year", "trialDays", "14", "usd", "120")))).isEqualTo("/admin/products?created");

        assertThat(jdbc.sql("select count(*) from billing_product where kind = 'membership' and billing_every = 'year' "
                + "and trial_days = 14").query(Integer.class).single()).isPositive();
        assertThat(admin.get("/admin/products").body()).contains("Every course, paid yearly (14 free days)");
    }

    @Test
    void aSessionTypeAndASeriesNameThePractitionersSessionType() {
        assertThat(redirectPath(create(form("kind", "session_type", "practitioner", "maja-lind", "sessionType", "therapy-session",
                "sek", "950")))).isEqualTo("/admin/products?created");
        assertThat(redirectPath(create(form("kind", "series", "practitioner", "maja-lind", "sessionType", "therapy-session",
                "seriesSize", "6", "sek", "5200")))).isEqualTo("/admin/products?created");

        assertThat(admin.get("/admin/products").body()).contains("One session of a session type: maja-lind / therapy-session",
                "A series of sessions: 6 × maja-lind / therapy-session");
    }

    @Test
    void aWrongFormIsRefusedWithItsReasonsAndStoresNothing() {
        int before = products();

        HttpResponse<String> noPrice = create(form("kind", "course", "course", "foundation"));
        assertThat(noPrice.statusCode()).isEqualTo(422);
        assertThat(noPrice.body()).contains("Please give a price in at least one currency.");

        HttpResponse<String> wrong = create(form("kind", "series", "practitioner", "Maja Lind", "sessionType", "x",
                "seriesSize", "1", "sek", "0,5", "eur", "12.345"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Please give an address name", "Please give a number from 2 to 52.",
                "Please give an amount of at least 1, with at most two decimals.", "value=\"Maja Lind\"", "aria-invalid=\"true\"");

        assertThat(create(form("kind", "course", "course", "advanced", "sek", "100")).body())
                .contains("Please choose all courses or one of the courses listed.");
        assertThat(create(form("kind", "gift", "sek", "100")).body()).contains("Please choose what the product sells.");
        assertThat(products()).isEqualTo(before);
    }

    @Test
    void hostileInputInAnyFieldIsRefusedAndStoresNothing() {
        int before = products();
        AdminHostileInput hostile = AdminHostileInput.of(admin, "/admin/products", "-5", "99999999999");

        // each field beside good values for a product it matters to: the course for one course, the period for a membership
        String wrong = hostile.intoFields("/admin/products", form("kind", "course", "course", "foundation", "sek", "100"),
                        List.of("kind", "course", "sek", "eur", "usd"), (field, payload) -> false)
                + hostile.intoFields("/admin/products", form("kind", "membership", "every", "month", "trialDays", "0", "eur", "10"),
                        List.of("every", "trialDays"), (field, payload) -> false)
                + hostile.asId("/admin/products/active", "product", "active", "no");

        assertThat(wrong).as("answers to hostile input").isEmpty();
        assertThat(products()).isEqualTo(before);
    }

    @Test
    void aProductIsTakenOffSaleAndPutBack() {
        create(form("kind", "course", "course", "foundation", "sek", "300"));
        String id = jdbc.sql("select id::text from billing_product order by created_at desc limit 1").query(String.class).single();

        admin.get("/admin/products");
        assertThat(redirectPath(admin.post("/admin/products/active", "product", id, "active", "no"))).isEqualTo("/admin/products?changed");
        assertThat(active(id)).isFalse();
        admin.get("/admin/products");
        assertThat(redirectPath(admin.post("/admin/products/active", "product", id, "active", "yes"))).isEqualTo("/admin/products?changed");
        assertThat(active(id)).isTrue();
        admin.get("/admin/products");
        assertThat(admin.post("/admin/products/active", "product", java.util.UUID.randomUUID().toString(), "active", "no")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAProviderALockedLessonSaysAccessIsArrangedWithUsAndNothingCanBeBought() {
        create(form("kind", "course", "course", "foundation", "sek", "490"));
        String id = jdbc.sql("select id::text from billing_product where active order by created_at desc limit 1").query(String.class).single();
        String email = TestMembers.newAddress("no-provider");
        Visitor member = new TestMembers(port, outbox).signedIn(email);

        String page = member.get(LOCKED).body();
        assertThat(page).contains("For now, access is arranged with us personally.").doesNotContain("/billing/checkout", "Buy for");
        assertThat(new Visitor(port).get(LOCKED).body()).contains("For now, access is arranged with us personally.");
        assertThat(member.get("/courses/foundation").body()).contains("Access to the full course", "arranged with us");
        assertThat(member.get(LOCKED + "?lang=sv").body()).contains("Tills vidare ordnar vi tillgång personligen.");
        member.get(LOCKED + "?lang=en");

        assertThat(member.post("/billing/checkout", "product", id, "currency", "SEK").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from billing_purchase where member_id = ?").param(TestMembers.idOf(jdbc, email))
                .query(Integer.class).single()).isZero();
        assertThat(new Visitor(port).send("POST", "/billing/webhook", "application/json", "{}".getBytes()).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAnAdminManagesProducts() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("products-member"));
        int before = products();

        assertThat(member.get("/admin/products").statusCode()).isEqualTo(403);
        member.get("/account");
        assertThat(member.post("/admin/products", "kind", "course", "course", "foundation", "sek", "1").statusCode()).isEqualTo(403);
        assertThat(redirectPath(new Visitor(port).get("/admin/products"))).isEqualTo("/sign-in");
        assertThat(products()).isEqualTo(before);
    }

    @Test
    void theFormSpeaksSwedish() {
        try {
            assertThat(admin.get("/admin/products?lang=sv").body()).contains("lang=\"sv\"", "Produkter och priser",
                    "Alla kurser, som medlemskap", "Börja sälja").doesNotContain("Put on sale", "Every course");
        } finally {
            admin.get("/admin/products?lang=en");
        }
    }

    private HttpResponse<String> create(Map<String, String> fields) {
        admin.get("/admin/products");
        return admin.post("/admin/products", fields.entrySet().stream()
                .flatMap(entry -> Stream.of(entry.getKey(), entry.getValue())).toArray(String[]::new));
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private int products() {
        return jdbc.sql("select count(*) from billing_product").query(Integer.class).single();
    }

    private boolean active(String id) {
        return jdbc.sql("select active from billing_product where id = ?::uuid").param(id).query(Boolean.class).single();
    }
}

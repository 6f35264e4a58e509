package app.temple.billing.web;

import app.temple.FuzzFields;
import app.temple.billing.Money;
import app.temple.billing.internal.Product;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;
import java.util.Map;

/**
 * Whatever the admin's product and grant forms or a checkout form post, the form names the fields that are wrong or
 * gives a product, a grant's days or an id the pages can use; never another exception (a 500). Fields are one per line.
 */
class BillingFormsFuzzTest {

    private static final List<String> COURSES = List.of("exploration", "foundations");

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"course", "session-type", "series", "membership", "exploration", "month", "year", "490",
            "490,50", "0.99", "9999999", "99999999", "1,", ",5", "52", "90", "maja-lind"})
    void aProductFormGivesAProductOrNamesItsProblems(byte[] input) {
        FuzzFields f = FuzzFields.of(input, 10);
        ProductForm form = new ProductForm(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6),
                f.get(7), f.get(8), f.get(9));
        Map<String, String> problems = form.problems(COURSES);
        for (String currency : List.of("SEK", "EUR", "USD")) {
            form.amount(currency);
        }
        if (!problems.isEmpty()) {
            return;
        }
        Product product = form.product();
        if (product.prices().isEmpty()) {
            throw new AssertionError("a product without a price was accepted");
        }
        for (Money price : product.prices()) {
            if (price.amountMinor() < 100) {
                throw new AssertionError("a price below one whole unit was accepted: " + price);
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"@", "all", "exploration", "2026-12-05", "2999-12-31", "2000-01-01", "3000-01-01", "-02-29"})
    void aGrantFormGivesDaysOrNamesItsProblems(byte[] input) {
        FuzzFields f = FuzzFields.of(input, 4);
        GrantForm form = new GrantForm(f.get(0), f.get(1), f.get(2), f.get(3));
        if (form.problems(COURSES).isEmpty()) {
            form.course();
            if (form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
                throw new AssertionError("a grant that ends before it starts was accepted");
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void aCheckoutFormNamesAProductOrNothing(byte[] input) {
        FuzzFields f = FuzzFields.of(input, 1);
        Ids.parse(f.get(0));
    }
}

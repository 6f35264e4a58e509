package app.temple.billing.web;

import app.temple.billing.Money;
import app.temple.billing.internal.Product;
import app.temple.billing.internal.ProductKind;
import app.temple.billing.internal.Products;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The admin's new-product form as posted, kept as typed so that a refused form comes back with her input. Prices are
 * written in whole units with at most two decimals ("490" or "490,50"); an empty price means not sold in that currency.
 */
public record ProductForm(String kind, String course, String practitioner, String sessionType, String seriesSize,
                          String every, String trialDays, String sek, String eur, String usd) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final int LONGEST_SLUG = 60;

    public ProductForm {
        kind = orEmpty(kind);
        course = orEmpty(course);
        practitioner = orEmpty(practitioner);
        sessionType = orEmpty(sessionType);
        seriesSize = orEmpty(seriesSize);
        every = orEmpty(every);
        trialDays = orEmpty(trialDays);
        sek = orEmpty(sek);
        eur = orEmpty(eur);
        usd = orEmpty(usd);
    }

    static ProductForm empty() {
        return new ProductForm(ProductKind.COURSE.key(), "", "", "", "", "month", "0", "", "", "");
    }

    /** The amount she typed for a currency, for the form to show again. */
    public String amount(String currency) {
        return switch (currency) {
            case "SEK" -> sek;
            case "EUR" -> eur;
            default -> usd;
        };
    }

    /** The message key for each field that is wrong, in form order; empty when the product can be made. */
    Map<String, String> problems(List<String> courses) {
        Map<String, String> problems = new LinkedHashMap<>();
        ProductKind chosen = ProductKind.of(kind).orElse(null);
        if (chosen == null) {
            problems.put("kind", "billing.product.error.kind");
            return problems;
        }
        if (chosen == ProductKind.COURSE && !courses.contains(course)) {
            problems.put("course", "billing.error.scope");
        }
        if (chosen == ProductKind.SESSION_TYPE || chosen == ProductKind.SERIES) {
            if (!slug(practitioner)) {
                problems.put("practitioner", "billing.product.error.slug");
            }
            if (!slug(sessionType)) {
                problems.put("sessionType", "billing.product.error.slug");
            }
        }
        if (chosen == ProductKind.SERIES && (count(seriesSize) < 2 || count(seriesSize) > 52)) {
            problems.put("seriesSize", "billing.product.error.seriesSize");
        }
        if (chosen == ProductKind.MEMBERSHIP) {
            if (!every.equals("month") && !every.equals("year")) {
                problems.put("every", "billing.product.error.every");
            }
            if (count(trialDays) < 0 || count(trialDays) > 90) {
                problems.put("trialDays", "billing.product.error.trialDays");
            }
        }
        for (String currency : Products.CURRENCIES) {
            String amount = amount(currency).strip();
            if (!amount.isEmpty() && minor(amount) < 100) {
                problems.put(currency.toLowerCase(java.util.Locale.ROOT), "billing.product.error.amount");
            }
        }
        if (prices().isEmpty() && problems.keySet().stream().noneMatch(field -> field.length() == 3)) {
            problems.put("sek", "billing.product.error.noPrice");
        }
        return problems;
    }

    /** The product the form describes; call only when {@link #problems} is empty. */
    Product product() {
        ProductKind chosen = ProductKind.of(kind).orElseThrow();
        boolean sessions = chosen == ProductKind.SESSION_TYPE || chosen == ProductKind.SERIES;
        return new Product(null, chosen, chosen == ProductKind.COURSE ? course : null, sessions ? practitioner : null,
                sessions ? sessionType : null, chosen == ProductKind.SERIES ? count(seriesSize) : null,
                chosen == ProductKind.MEMBERSHIP ? every : null, chosen == ProductKind.MEMBERSHIP ? count(trialDays) : 0,
                true, prices());
    }

    private List<Money> prices() {
        List<Money> prices = new ArrayList<>();
        for (String currency : Products.CURRENCIES) {
            long minor = minor(amount(currency).strip());
            if (minor >= 100) {
                prices.add(new Money(currency, minor));
            }
        }
        return prices;
    }

    /** The amount in the currency's smallest unit; -1 when it is not an amount. */
    private static long minor(String amount) {
        if (!AMOUNT.matcher(amount).matches()) {
            return -1;
        }
        return new BigDecimal(amount.replace(',', '.')).movePointRight(2).longValueExact();
    }

    private static int count(String value) {
        String trimmed = value.strip();
        return NUMBER.matcher(trimmed).matches() ? Integer.parseInt(trimmed) : -1;
    }

    private static boolean slug(String value) {
        return value.length() <= LONGEST_SLUG && SLUG.matcher(value).matches();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package app.temple.booking.web;

import app.temple.booking.internal.Bilingual;
import app.temple.booking.internal.Price;
import app.temple.booking.internal.SessionType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One session type she offers, as typed. An empty price means "arranged with us"; a price is an amount such as
 * {@code 950} or {@code 950.00} with a three-letter currency code.
 *
 * @param type    the type's id, or {@code new} for a type she adds
 * @param offered {@code yes} while she offers it; anything else stops offering it (its bookings keep it)
 */
public record PractitionerSessionTypeForm(String type, String nameEn, String nameSv, String minutes, String price,
                                          String currency, String window, String offered) {

    static final String NEW = "new";
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

    public PractitionerSessionTypeForm {
        type = type == null ? "" : type;
        nameEn = nameEn == null ? "" : nameEn;
        nameSv = nameSv == null ? "" : nameSv;
        minutes = minutes == null ? "" : minutes;
        price = price == null ? "" : price;
        currency = currency == null ? "" : currency;
        window = window == null ? "" : window;
        offered = offered == null ? "" : offered;
    }

    static PractitionerSessionTypeForm of(SessionType type) {
        String amount = type.price() instanceof Price.Fixed fixed ? fixed.amount().toPlainString() : "";
        String code = type.price() instanceof Price.Fixed fixed ? fixed.currency().getCurrencyCode() : "";
        return new PractitionerSessionTypeForm(type.id().toString(), type.name().en(), type.name().sv(),
                String.valueOf(type.length().toMinutes()), amount, code, String.valueOf(type.cancellationWindow().toHours()),
                type.active() ? "yes" : "no");
    }

    static PractitionerSessionTypeForm blank() {
        return new PractitionerSessionTypeForm(NEW, "", "", "50", "", "", "24", "yes");
    }

    boolean isNew() {
        return NEW.equals(type);
    }

    /** The id of the form's fields: each type's form on the page has its own. */
    public String prefix() {
        return "type-" + type + "-";
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (nameEn.isBlank() || nameEn.length() > 80) {
            problems.put("nameEn", "desk.types.error.name");
        }
        if (nameSv.isBlank() || nameSv.length() > 80) {
            problems.put("nameSv", "desk.types.error.name");
        }
        Integer length = whole(minutes);
        if (length == null || length < 10 || length > 480) {
            problems.put("minutes", "desk.types.error.minutes");
        }
        if (!price.isBlank() || !currency.isBlank()) {
            if (!AMOUNT.matcher(price.strip()).matches()) {
                problems.put("price", "desk.types.error.price");
            }
            if (currencyOf(currency) == null) {
                problems.put("currency", "desk.types.error.currency");
            } else if (AMOUNT.matcher(price.strip()).matches() && minor(price, currencyOf(currency)) == null) {
                problems.put("price", "desk.types.error.price");
            }
        }
        Integer hours = whole(window);
        if (hours == null || hours > 720) {
            problems.put("window", "desk.types.error.window");
        }
        return problems;
    }

    Bilingual name() {
        return new Bilingual(nameEn.strip(), nameSv.strip());
    }

    int lengthMinutes() {
        return whole(minutes);
    }

    int windowHours() {
        return whole(window);
    }

    Price priceValue() {
        if (price.isBlank() && currency.isBlank()) {
            return Price.ARRANGED;
        }
        Currency code = currencyOf(currency);
        return new Price.Fixed(minor(price, code), code);
    }

    boolean isOffered() {
        return "yes".equals(offered);
    }

    private static Long minor(String amount, Currency currency) {
        try {
            return new BigDecimal(amount.strip().replace(',', '.'))
                    .movePointRight(Math.max(0, currency.getDefaultFractionDigits())).longValueExact();
        } catch (ArithmeticException | NumberFormatException fractionTooSmall) {
            return null;
        }
    }

    private static Currency currencyOf(String code) {
        String trimmed = code.strip();
        if (!trimmed.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            return Currency.getInstance(trimmed);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Integer whole(String text) {
        String trimmed = text.strip();
        return WHOLE.matcher(trimmed).matches() ? Integer.valueOf(trimmed) : null;
    }
}

package app.temple.booking.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** What a session type costs: an amount in a currency, or arranged with us (no payment provider, or by choice). */
public sealed interface Price {

    /** An amount in the currency's smallest unit (öre, cents), so that no rounding ever happens. */
    record Fixed(long minor, Currency currency) implements Price {
        public Fixed {
            if (minor < 0) {
                throw new IllegalArgumentException("a price is not negative");
            }
        }

        public BigDecimal amount() {
            return BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits()));
        }

        /** The amount and currency code, e.g. {@code 950.00 SEK}; the code reads the same in every language. */
        public String text(Locale locale) {
            return String.format(locale, "%,." + Math.max(0, currency.getDefaultFractionDigits()) + "f %s", amount(),
                    currency.getCurrencyCode());
        }
    }

    /** The price is agreed with the platform, not shown as a number. */
    record Arranged() implements Price {
    }

    Price ARRANGED = new Arranged();
}

package app.temple.billing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount in one of the currencies Temple sells in, in the currency's smallest unit (öre, cent).
 *
 * @param currency {@code SEK}, {@code EUR} or {@code USD}
 */
public record Money(String currency, long amountMinor) {

    /** In her language's way of writing money, e.g. "490 kr", "45,50 €", "SEK 490" or "€45.50". */
    public String formatted(Locale locale) {
        Currency unit = Currency.getInstance(currency);
        BigDecimal amount = BigDecimal.valueOf(amountMinor, unit.getDefaultFractionDigits());
        int decimals = amountMinor % 100 == 0 ? 0 : 2;
        if (locale.getLanguage().equals("sv")) {
            NumberFormat format = NumberFormat.getCurrencyInstance(Locale.of("sv", "SE"));
            format.setCurrency(unit);
            format.setMinimumFractionDigits(decimals);
            return format.format(amount);
        }
        NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
        number.setMinimumFractionDigits(decimals);
        number.setMaximumFractionDigits(2);
        String symbol = unit.getSymbol(Locale.UK);
        // a code such as SEK stands apart from the number; a sign such as € does not
        return symbol + (symbol.chars().allMatch(Character::isLetter) ? "\u00a0" : "") + number.format(amount);
    }
}

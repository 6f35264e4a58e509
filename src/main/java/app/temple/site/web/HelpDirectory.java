package app.temple.site.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The "Get help now" directory and the date its numbers were last checked against their sources. */
public record HelpDirectory(LocalDate checkedOn, List<HelpDirectory.Region> regions) {

    public record Region(String id, Text name, List<Contact> contacts) {
    }

    /** A service; {@code number} and {@code dial} are null where only a web address was confirmed. */
    public record Contact(Text name, String number, String dial, Text sms, Text when, Text hours, Text notes,
                          String source, String web) {
    }

    /** A short text in English and Swedish. */
    public record Text(String en, String sv) {
        public String in(Locale locale) {
            return "sv".equals(locale.getLanguage()) ? sv : en;
        }
    }
}

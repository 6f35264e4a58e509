package app.temple.site.web;

import app.temple.site.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The "Get help now" directory: each contact with when and how it was checked. */
public record HelpDirectory(List<HelpDirectory.Region> regions) {

    public record Region(String id, Text name, List<Contact> contacts) {
    }

    /** A service; {@code number} and {@code dial} are null where only the service, not its number, was confirmed. */
    public record Contact(Text name, String number, String dial, Text sms, Text when, Text hours, Text notes,
                          String source, String web, Check check) {
    }

    /** When a contact was checked, where its details were seen, and what that makes it. */
    public record Check(LocalDate on, CheckState state, Text how) {

        /** The day as the reader's language writes it ("21 November 2026", "21 november 2026"), never ISO. */
        public String day(Locale locale) {
            return Dates.day(on, locale);
        }
    }

    /** How far a contact is confirmed; the page says which, so a reader can judge it. */
    public enum CheckState {
        /** The number was seen on the service's own website, or its operator's. */
        OWN_SITE,
        /** Seen on a government or public body's page: emergency numbers have no website of their own. */
        PUBLIC_BODY,
        /** Seen only on other pages, not yet on the service's own website. */
        NOT_YET_CONFIRMED,
        /** The service was confirmed but its number was not: no number is shown. */
        NUMBER_WITHHELD;

        static CheckState of(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** The message key of the sentence that tells the reader. */
        public String messageKey() {
            return "help.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A short text in English and Swedish. */
    public record Text(String en, String sv) {
        public String in(Locale locale) {
            return "sv".equals(locale.getLanguage()) ? sv : en;
        }
    }
}

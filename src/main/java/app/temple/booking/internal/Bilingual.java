package app.temple.booking.internal;

import java.util.Locale;
import java.util.Objects;

/** A text written in English and Swedish. */
public record Bilingual(String en, String sv) {

    public Bilingual {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(sv, "sv");
    }

    /** The text in her language: Swedish for Swedish, English for anything else. */
    public String in(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? sv : en;
    }
}

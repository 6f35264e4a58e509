package app.temple.quiz.internal;

import java.util.Locale;

/** A sentence in English and Swedish; Swedish readers get the Swedish text. */
public record Text(String en, String sv) {

    public String in(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? sv : en;
    }

    public String in(String language) {
        return "sv".equals(language) ? sv : en;
    }
}

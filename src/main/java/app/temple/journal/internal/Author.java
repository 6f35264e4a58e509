package app.temple.journal.internal;

import java.util.Locale;

/**
 * Who writes for the Journal, with a short bio in English and Swedish. A team's name reads differently in Swedish
 * ("Temples redaktion"); a person's does not, and {@code nameSv} is null.
 */
public record Author(String id, String name, String nameSv, String bioEn, String bioSv) {

    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) && nameSv != null ? nameSv : name;
    }

    public String bio(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? bioSv : bioEn;
    }

    /** An author named in an article but missing from authors.yaml still gets a readable name. */
    static Author unknown(String id) {
        return new Author(id, id, null, "", "");
    }
}

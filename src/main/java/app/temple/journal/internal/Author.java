package app.temple.journal.internal;

import java.util.Locale;

/** Who writes for the Journal, with a short bio in English and Swedish. */
public record Author(String id, String name, String bioEn, String bioSv) {

    public String bio(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? bioSv : bioEn;
    }

    /** An author named in an article but missing from authors.yaml still gets a readable name. */
    static Author unknown(String id) {
        return new Author(id, id, "", "");
    }
}

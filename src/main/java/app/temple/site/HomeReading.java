package app.temple.site;

import java.util.Locale;
import java.util.Optional;

/**
 * What the home page offers to read: the newest article and one the editors feature. The module that owns the
 * articles implements it, because every module builds on the site and the site may therefore depend on none of them.
 */
public interface HomeReading {

    /** The two articles in the reader's language where a translation exists; never the same work twice. */
    Picks picks(Locale locale);

    /** Moves whenever {@link #picks} may answer differently, so the shared home page is rendered again. */
    ContentEpoch epoch();

    /**
     * @param path     the article's address on this site
     * @param language the article's own language, which may differ from the reader's
     */
    record Article(String title, String summary, String path, String language) {
    }

    /** Either may be empty while little or nothing is published. */
    record Picks(Optional<Article> newest, Optional<Article> featured) {

        public static final Picks NONE = new Picks(Optional.empty(), Optional.empty());
    }
}

package app.temple.journal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What other modules may ask of the Journal, e.g. the home page's newest articles. */
public interface Journal {

    /**
     * The newest published articles, one per work, in the reader's language where a translation exists.
     *
     * @param count at most this many; never more than 20
     * @return never null
     */
    List<Teaser> latest(Locale locale, int count);

    /**
     * The article the editors feature, in the reader's language where a translation exists: the work named by
     * {@code temple.journal.featured}, or the oldest published work when that one is not published.
     *
     * @return empty only while nothing is published
     */
    Optional<Teaser> featured(Locale locale);

    /**
     * An article in a list elsewhere on the site.
     *
     * @param path     the article's address on this site, e.g. {@code /journal/desire-discrepancy}
     * @param language the article's own language, which may differ from the reader's
     */
    record Teaser(String title, String summary, String path, String language) {
    }
}

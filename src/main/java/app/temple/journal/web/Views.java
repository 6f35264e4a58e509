package app.temple.journal.web;

import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.MarkdownRenderer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The small view records the Journal's templates print, and how a date reads in the reader's language. */
public final class Views {

    private Views() {
    }

    public static String date(LocalDate date, Locale locale) {
        return app.temple.site.Dates.day(date, locale);
    }

    /**
     * A moment on the editor's desk as she chose it, in its zone and on the 24-hour clock the schedule field
     * uses: "24 Nov 2026, 09:00 Europe/Stockholm".
     */
    public static String moment(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", locale).format(at.atZone(zone)) + " " + zone.getId();
    }

    public record TagLink(String name, String slug) {
        public String path() {
            return "/journal/tags/" + slug;
        }
    }

    /**
     * An article in a list. {@code lang} is the article's own language; {@code excerpt} is plain text, the opening of
     * its summary.
     */
    public record Card(String title, String excerpt, String path, String lang, LocalDate publishedOn, List<TagLink> tags,
                       int readingMinutes) {

        private static final int EXCERPT_WORDS = 30;
        /** A sentence ending this late in the excerpt makes a better end than a cut mid-sentence. */
        private static final int SHORTEST_SENTENCE_END = 12;

        static Card of(ArticleRow row) {
            return new Card(row.title(), excerpt(row.summary()), row.path(), row.language(), row.publishedOn(), Views.tags(row),
                    row.readingMinutes());
        }

        /** At most thirty words: whole sentences where they fit, else the words that fit and an ellipsis. */
        static String excerpt(String summary) {
            String[] words = MarkdownRenderer.plainWords(summary).split(" ");
            if (words.length <= EXCERPT_WORDS) {
                return String.join(" ", words);
            }
            for (int end = EXCERPT_WORDS; end >= SHORTEST_SENTENCE_END; end--) {
                if (words[end - 1].matches(".*[.!?][\"”’)]?")) {
                    return String.join(" ", java.util.Arrays.copyOf(words, end));
                }
            }
            return String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)).replaceAll("[,;:–—-]+$", "") + "…";
        }
    }

    static List<TagLink> tags(ArticleRow row) {
        return java.util.stream.IntStream.range(0, Math.min(row.tags().size(), row.tagSlugs().size()))
                .mapToObj(i -> new TagLink(row.tags().get(i), row.tagSlugs().get(i))).toList();
    }

    /**
     * A page of articles: the index, a tag or an author.
     *
     * @param basePath where the page links for its other pages
     */
    public record Listing(String heading, String lead, List<Card> cards, int pageNumber, int pages, String basePath,
                          List<TagLink> tags, String currentTag) {

        public String pagePath(int number) {
            return number <= 1 ? basePath : basePath + "?page=" + number;
        }
    }

    /** A version of the article in another language. */
    public record Alternate(String lang, String path, String url) {
    }

    public record Hit(Card card, String snippetHtml) {
    }
}

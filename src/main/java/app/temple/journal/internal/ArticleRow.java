package app.temple.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An article as lists, search and the editor's overview need it: no text beyond the summary.
 *
 * @param wordCount   the words of its plain text (body and FAQ), for the reading time
 * @param publishAt   when a scheduled article goes live; null for drafts
 * @param publishZone the zone the editor chose that moment in, so it is shown back to her as she meant it
 */
public record ArticleRow(UUID id, String slug, String language, String translationOf, String status, Instant publishAt,
                         ZoneId publishZone, UUID currentRevision, String title, String summary, String author,
                         List<String> tags, List<String> tagSlugs, LocalDate publishedOn, Instant changedAt,
                         int wordCount) {

    private static final int WORDS_PER_MINUTE = 200;

    /** Whole minutes at an unhurried reading pace, at least one. */
    public int readingMinutes() {
        return Math.max(1, (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** How many words a text has, counted as the word_count column counts them. */
    public static int words(String plainText) {
        String text = plainText.strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    public String work() {
        return translationOf != null ? translationOf : slug;
    }

    public boolean isPublished() {
        return "published".equals(status);
    }

    /** Published or waiting to be: what an editor may take back to draft. */
    public boolean canUnpublish() {
        return isPublished() || "scheduled".equals(status);
    }

    /** The public path: English at /journal/slug, Swedish at /journal/sv/slug. */
    public String path() {
        return path(slug, language);
    }

    public static String path(String slug, String language) {
        return "en".equals(language) ? "/journal/" + slug : "/journal/" + language + "/" + slug;
    }
}

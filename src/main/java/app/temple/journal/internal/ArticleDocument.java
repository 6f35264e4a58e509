package app.temple.journal.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as its source says: the front matter and the Markdown body, checked but not rendered. The same
 * source format serves the files under {@code content/journal/} and what an editor types in the web UI.
 *
 * @param reviewer      the id in {@code reviewers.yaml} of the qualified reviewer who read this version, or null
 * @param reviewedOn    the day she read it; set exactly when {@code reviewer} is
 * @param traumaRelated the article touches on trauma, so only a trauma-informed clinician's read makes it reviewed
 */
public record ArticleDocument(String title, String slug, String language, String translationOf, String author,
                              List<String> tags, String summary, LocalDate published, String reviewer,
                              LocalDate reviewedOn, boolean traumaRelated, String quiz, String lesson, String lessonTitle,
                              List<Citation> citations, List<Faq> faq, String body) {

    /** A reference the text cites as {@code [@key]}; the URL is optional. */
    public record Citation(String key, String text, String url) {
    }

    /** A question and its answer in Markdown. */
    public record Faq(String question, String answer) {
    }
}

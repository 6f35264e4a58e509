package app.temple.journal.web;

import app.temple.journal.internal.Author;
import app.temple.journal.internal.RenderedArticle;
import app.temple.journal.internal.Review;
import app.temple.journal.web.Views.Alternate;
import app.temple.journal.web.Views.Card;
import app.temple.journal.web.Views.TagLink;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the article page shows. The HTML parts come sanitized from the render cache; the JSON-LD blocks are
 * escaped for a script element.
 *
 * @param lang       the article's own language, which may differ from the interface's
 * @param quizPath   the quiz this article points to, or null
 * @param lessonPath the course lesson this article points to, or null
 * @param review     who reviewed it and when, or that clinical review is still pending
 */
public record ArticleView(String title, String summary, String lang, String path, String canonicalUrl, Author author,
                          List<TagLink> tags, LocalDate publishedOn, Review review,
                          int readingMinutes, String quizPath, String lessonPath, String lessonTitle,
                          RenderedArticle html, List<Card> related, List<Alternate> alternates, List<String> jsonLd) {

    /** The finished review, or null while it is pending. */
    public Review.Done reviewed() {
        return review instanceof Review.Done done ? done : null;
    }

    /** Pending review of a trauma-related article, which waits for a trauma-informed clinician's read too. */
    public boolean awaitsTraumaInformedRead() {
        return review instanceof Review.Pending(boolean traumaInformedRead) && traumaInformedRead;
    }
}

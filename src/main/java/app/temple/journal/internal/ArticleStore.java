package app.temple.journal.internal;

import app.temple.content.Markdown;
import app.temple.content.Revision;
import app.temple.content.RevisionOrigin;
import app.temple.content.Revisions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an article's new source as a revision and brings the article row (title, tags, search text, status) in
 * line with it. Renaming the slug keeps the old one as a redirect. Files and editors both write through here.
 */
@Component
public class ArticleStore {

    private final Articles articles;
    private final MarkdownRenderer renderer;
    private final Clock clock;
    private final Revisions revisions;
    private final Reviewers reviewers;

    ArticleStore(Articles articles, MarkdownRenderer renderer, Clock clock, Revisions revisions, Reviewers reviewers) {
        this.articles = articles;
        this.reviewers = reviewers;
        this.revisions = revisions;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Transactional
    public ArticleRow create(String source, ArticleDocument document, RevisionOrigin origin, String status, Instant publishAt,
                             String fileHash) {
        if (articles.find(document.slug(), document.language()).isPresent()) {
            throw new EditorProblem("journal.editor.slugTaken");
        }
        checkReviewer(document);
        UUID id = UUID.randomUUID();
        Revision revision = revisions.add(Articles.document(id), source, origin);
        String plainText = renderer.plainText(document);
        ArticleRow row = row(id, document, status, publishAt, null, revision.id(), null, plainText);
        articles.insert(row, plainText, fileHash);
        articles.dropRedirect(document.slug(), document.language());
        return row;
    }

    /**
     * A new revision of an existing article; an unchanged source changes only the status.
     *
     * @param publishAt   the moment a scheduled article goes live; ignored for any other status
     * @param publishZone the zone the editor chose that moment in
     */
    @Transactional
    public ArticleRow revise(ArticleRow existing, String source, ArticleDocument document, RevisionOrigin origin, String status,
                             Instant publishAt, ZoneId publishZone, String fileHash) {
        if (!existing.language().equals(document.language())) {
            throw new EditorProblem("journal.editor.languageFixed");
        }
        checkReviewer(document);
        boolean renamed = !existing.slug().equals(document.slug());
        if (renamed) {
            Optional<ArticleRow> holder = articles.find(document.slug(), document.language());
            if (holder.isPresent()) {
                throw new EditorProblem("journal.editor.slugTaken");
            }
            articles.redirect(existing.slug(), existing.language(), existing.id());
            articles.dropRedirect(document.slug(), document.language());
        }
        UUID revision = existing.currentRevision();
        boolean changed = articles.revision(revision).map(current -> !current.source().equals(source)).orElse(true);
        if (changed) {
            revision = revisions.add(Articles.document(existing.id()), source, origin).id();
        }
        String plainText = renderer.plainText(document);
        ArticleRow row = row(existing.id(), document, status, publishAt, publishZone, revision, existing.publishedOn(), plainText);
        articles.update(row, plainText, fileHash);
        return row;
    }

    /**
     * Takes a published or scheduled article back to draft. The history shows it as a revision of its own, with
     * the same text, so the desk can tell when and that it happened; the file hash stays, so an unchanged content
     * file does not bring it back on the next start.
     */
    @Transactional
    public ArticleRow unpublish(ArticleRow existing) {
        Revision current = articles.revision(existing.currentRevision()).orElseThrow();
        Instant now = clock.instant();
        UUID revision = revisions.add(Articles.document(existing.id()), current.source(), RevisionOrigin.UNPUBLISH).id();
        ArticleDocument document = ArticleSources.parse(current.source());
        String plainText = renderer.plainText(document);
        ArticleRow row = row(existing.id(), document, "draft", null, null, revision, existing.publishedOn(), plainText);
        articles.update(row, plainText, articles.fileHash(existing.id()).orElse(null));
        if (existing.isPublished()) {
            articles.recordUnpublished(existing.id(), now);
        }
        return row;
    }

    /** Only a reviewer on the list, and for a trauma-related article only a trauma-informed one, can be named. */
    private void checkReviewer(ArticleDocument document) {
        reviewers.problemWith(document).ifPresent(problem -> {
            throw new EditorProblem("journal.editor.unreadable", problem);
        });
    }

    private ArticleRow row(UUID id, ArticleDocument document, String status, Instant publishAt, ZoneId publishZone,
                           UUID revision, LocalDate publishedBefore, String plainText) {
        LocalDate publishedOn = document.published() != null ? document.published() : publishedBefore;
        if (publishedOn == null && "published".equals(status)) {
            publishedOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        boolean scheduled = "scheduled".equals(status);
        return new ArticleRow(id, document.slug(), document.language(), document.translationOf(), status,
                scheduled ? publishAt : null, scheduled ? publishZone : null, revision, document.title(), document.summary(),
                document.author(), document.tags(), document.tags().stream().map(Markdown::slug).toList(),
                publishedOn, clock.instant(), ArticleRow.words(plainText));
    }
}

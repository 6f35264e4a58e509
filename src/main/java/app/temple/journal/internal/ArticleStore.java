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

    ArticleStore(Articles articles, MarkdownRenderer renderer, Clock clock, Revisions revisions) {
        this.articles = articles;
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
        UUID id = UUID.randomUUID();
        Revision revision = revisions.add(Articles.document(id), source, origin);
        ArticleRow row = row(id, document, status, publishAt, null, revision.id(), null);
        articles.insert(row, renderer.plainText(document), fileHash);
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
        ArticleRow row = row(existing.id(), document, status, publishAt, publishZone, revision, existing.publishedOn());
        articles.update(row, renderer.plainText(document), fileHash);
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
        ArticleRow row = row(existing.id(), document, "draft", null, null, revision, existing.publishedOn());
        articles.update(row, renderer.plainText(document), articles.fileHash(existing.id()).orElse(null));
        if (existing.isPublished()) {
            articles.recordUnpublished(existing.id(), now);
        }
        return row;
    }

    private ArticleRow row(UUID id, ArticleDocument document, String status, Instant publishAt, ZoneId publishZone,
                           UUID revision, LocalDate publishedBefore) {
        LocalDate publishedOn = document.published() != null ? document.published() : publishedBefore;
        if (publishedOn == null && "published".equals(status)) {
            publishedOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        }
        boolean scheduled = "scheduled".equals(status);
        return new ArticleRow(id, document.slug(), document.language(), document.translationOf(), status,
                scheduled ? publishAt : null, scheduled ? publishZone : null, revision, document.title(), document.summary(),
                document.author(), document.tags(), document.tags().stream().map(Markdown::slug).toList(),
                publishedOn, clock.instant());
    }
}

package app.temple.journal.internal;

import app.temple.content.MalformedContentException;
import app.temple.content.Revision;
import app.temple.content.RevisionOrigin;
import app.temple.content.Revisions;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** What an editor does with an article: save a draft, publish, schedule, take back to draft, restore an earlier revision. */
@Service
public class JournalEditor {

    private final Articles articles;
    private final ArticleStore store;
    private final Clock clock;
    private final SchedulerClient jobs;
    private final Revisions revisions;

    JournalEditor(Articles articles, ArticleStore store, Clock clock, SchedulerClient jobs, Revisions revisions) {
        this.revisions = revisions;
        this.articles = articles;
        this.store = store;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** Reads a source or explains why it cannot be read. */
    public static ArticleDocument read(String source) {
        try {
            return ArticleSources.parse(source.replace("\r\n", "\n"));
        } catch (MalformedContentException e) {
            throw new EditorProblem("journal.editor.unreadable", e.reason());
        }
    }

    @Transactional
    public ArticleRow createDraft(String source) {
        String text = source.replace("\r\n", "\n");
        return store.create(text, read(text), RevisionOrigin.EDITOR, "draft", null, null);
    }

    /** Saves a new revision; a published article stays published, so the change goes live. */
    @Transactional
    public ArticleRow save(UUID id, String source) {
        ArticleRow article = existing(id);
        return revise(article, source, article.status(), article.publishAt(), article.publishZone());
    }

    @Transactional
    public ArticleRow publish(UUID id, String source) {
        return revise(existing(id), source, "published", null, null);
    }

    /**
     * Publishes at {@code local} time in {@code zone}: the moment as the editor means it where she is, kept with
     * its zone so it is shown back to her the same way. A moment before the current minute is refused, since
     * publishing a time that has gone would surprise her; one within the current minute (the form has no
     * seconds) publishes at once.
     */
    @Transactional
    public ArticleRow schedule(UUID id, String source, LocalDateTime local, ZoneId zone) {
        ArticleRow article = existing(id);
        if (article.isPublished()) {
            // scheduling would take it off the site unrecorded; unpublishing is the way, and it leaves a trace
            throw new EditorProblem("journal.editor.alreadyPublished");
        }
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new EditorProblem("journal.editor.timeSkipped");
        }
        Instant when = local.atZone(zone).toInstant();
        Instant now = clock.instant();
        if (when.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            throw new EditorProblem("journal.editor.pastTime");
        }
        boolean due = !when.isAfter(now);
        ArticleRow scheduled = revise(article, source, due ? "published" : "scheduled", due ? null : when, zone);
        if (!due) {
            // in this transaction (the starter makes db-scheduler join it), so a failed save leaves no job behind
            jobs.scheduleIfNotExists(new TaskInstance<Void>(PublishingTask.AT_ITS_TIME, id + "@" + when.getEpochSecond()), when);
        }
        return scheduled;
    }

    /**
     * Takes a published article back to draft (or cancels a scheduled one's moment). Its address then answers
     * 404, as a draft's does, rather than 410 Gone: an article taken back usually returns, corrected, at the same
     * address, and 410 tells search engines and caches to forget it for good. A 404 also says nothing about
     * whether a draft exists there. A one-time publishing job left behind finds nothing scheduled and does nothing.
     */
    @Transactional
    public ArticleRow unpublish(UUID id) {
        ArticleRow article = existing(id);
        if (!article.canUnpublish()) {
            throw new EditorProblem("journal.editor.alreadyDraft");
        }
        return store.unpublish(article);
    }

    /**
     * Makes an earlier revision's source the current one again, as a new revision, so nothing is lost.
     *
     * @return the article as restored; empty when there is no such article, or the revision is not one of its own
     * (a revision of another article is treated as not there, so an id reveals nothing about other articles)
     */
    @Transactional
    public Optional<ArticleRow> restore(UUID id, UUID revisionId) {
        Optional<ArticleRow> article = articles.find(id);
        Optional<Revision> revision = revisions.find(Articles.document(id), revisionId);
        if (article.isEmpty() || revision.isEmpty()) {
            return Optional.empty();
        }
        ArticleRow row = article.get();
        String source = revision.get().source();
        return Optional.of(store.revise(row, source, read(source), RevisionOrigin.RESTORE, row.status(), row.publishAt(),
                row.publishZone(), null));
    }

    private ArticleRow revise(ArticleRow article, String source, String status, Instant publishAt, ZoneId publishZone) {
        String text = source.replace("\r\n", "\n");
        return store.revise(article, text, read(text), RevisionOrigin.EDITOR, status, publishAt, publishZone, null);
    }

    private ArticleRow existing(UUID id) {
        return articles.find(id).orElseThrow(() -> new EditorProblem("journal.editor.noSuchArticle"));
    }
}

package app.temple.journal.internal;

import app.temple.content.MalformedContentException;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** What an editor does with an article: save a draft, publish, schedule, restore an earlier revision. */
@Service
public class JournalEditor {

    private final Articles articles;
    private final ArticleStore store;
    private final Clock clock;
    private final SchedulerClient jobs;

    JournalEditor(Articles articles, ArticleStore store, Clock clock, SchedulerClient jobs) {
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
            throw new EditorProblem("journal.editor.unreadable", ArticleSources.problem(e));
        }
    }

    @Transactional
    public ArticleRow createDraft(String source) {
        String text = source.replace("\r\n", "\n");
        return store.create(text, read(text), "editor", "draft", null, null);
    }

    /** Saves a new revision; a published article stays published, so the change goes live. */
    @Transactional
    public ArticleRow save(UUID id, String source) {
        ArticleRow article = existing(id);
        return revise(article, source, article.status(), article.publishAt());
    }

    @Transactional
    public ArticleRow publish(UUID id, String source) {
        return revise(existing(id), source, "published", null);
    }

    /** Publishes at {@code when}, or now when that moment has already passed. */
    @Transactional
    public ArticleRow schedule(UUID id, String source, Instant when) {
        boolean due = !when.isAfter(clock.instant());
        ArticleRow article = revise(existing(id), source, due ? "published" : "scheduled", due ? null : when);
        if (!due) {
            // in this transaction (the starter makes db-scheduler join it), so a failed save leaves no job behind
            jobs.scheduleIfNotExists(new TaskInstance<Void>(PublishingTask.AT_ITS_TIME, id + "@" + when.getEpochSecond()), when);
        }
        return article;
    }

    /** Makes an earlier revision's source the current one again, as a new revision, so nothing is lost. */
    @Transactional
    public ArticleRow restore(UUID id, UUID revisionId) {
        ArticleRow article = existing(id);
        Revision revision = articles.revision(revisionId).filter(r -> r.articleId().equals(id))
                .orElseThrow(() -> new EditorProblem("journal.editor.noSuchRevision"));
        return store.revise(article, revision.source(), read(revision.source()), "restore", article.status(), article.publishAt(), null);
    }

    private ArticleRow revise(ArticleRow article, String source, String status, Instant publishAt) {
        String text = source.replace("\r\n", "\n");
        return store.revise(article, text, read(text), "editor", status, publishAt, null);
    }

    private ArticleRow existing(UUID id) {
        return articles.find(id).orElseThrow(() -> new EditorProblem("journal.editor.noSuchArticle"));
    }
}

package app.temple.journal.internal;

import app.temple.content.Revision;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Rendered revisions, kept in memory by revision id. A revision never changes, so an entry never goes stale and
 * every node may keep its own copy; the least recently read fall out first.
 */
@Component
public class RenderedRevisions {

    private static final int CAPACITY = 256;

    private final Articles articles;
    private final MarkdownRenderer renderer;
    private final Map<UUID, Rendering> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Rendering> eldest) {
            return size() > CAPACITY;
        }
    });

    RenderedRevisions(Articles articles, MarkdownRenderer renderer) {
        this.articles = articles;
        this.renderer = renderer;
    }

    public Rendering of(UUID revisionId) {
        Rendering cached = cache.get(revisionId);
        if (cached != null) {
            return cached;
        }
        Revision revision = articles.revision(revisionId).orElseThrow();
        ArticleDocument document = ArticleSources.parse(revision.source());
        Rendering rendering = new Rendering(document, renderer.render(document));
        cache.put(revisionId, rendering);
        return rendering;
    }

    public record Rendering(ArticleDocument document, RenderedArticle html) {
    }
}

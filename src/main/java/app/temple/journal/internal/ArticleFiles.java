package app.temple.journal.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.RevisionOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The articles under {@code content/journal/}. The loader hands over only files that are new or whose hash
 * changed, so an editor's newer revision survives restarts; a changed file becomes the newest revision.
 */
@Component
@Order(20)
class ArticleFiles implements ContentKind {

    private static final Logger log = LoggerFactory.getLogger(ArticleFiles.class);

    private final Articles articles;
    private final ArticleStore store;
    private final Reviewers reviewers;

    ArticleFiles(Articles articles, ArticleStore store, Reviewers reviewers) {
        this.articles = articles;
        this.store = store;
        this.reviewers = reviewers;
    }

    @Override
    public String folder() {
        return "journal";
    }

    @Override
    public boolean accepts(Path relativePath) {
        String name = relativePath.getFileName().toString();
        return name.endsWith(".md") && !name.equals("README.md");
    }

    @Override
    public void load(ContentFile file) {
        ArticleDocument document = ArticleSources.parse(file);
        if (document.published() == null) {
            throw file.malformed(1, "published is missing");
        }
        reviewers.problemWith(document).ifPresent(problem -> {
            throw file.malformed(1, problem);
        });
        String text = file.text().replace("\r\n", "\n");
        Optional<ArticleRow> existing = articles.find(document.slug(), document.language());
        if (existing.isPresent()) {
            ArticleRow article = existing.get();
            store.revise(article, text, document, RevisionOrigin.FILE, article.status(), article.publishAt(), article.publishZone(),
                    file.hash());
        } else if (articles.renamedFrom(document.slug(), document.language()).isPresent()) {
            // an editor renamed this article in the web UI; her version stands and the stale file does not come back
            log.warn("Journal: {} not loaded: an editor renamed its slug", file.path());
        } else {
            store.create(text, document, RevisionOrigin.FILE, "published", null, file.hash());
        }
    }
}

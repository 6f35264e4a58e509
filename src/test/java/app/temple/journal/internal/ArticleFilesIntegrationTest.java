package app.temple.journal.internal;

import app.temple.TempleIntegrationTest;
import app.temple.content.ContentFile;
import app.temple.content.MalformedContentException;
import app.temple.journal.Editors;
import app.temple.journal.Journal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where files and the web UI meet. The content loader hands over a file only when its hash changed (tested with
 * the loader), so an editor's revision stands until the file itself changes; a changed file then becomes the
 * newest revision, and the editor's text stays in the history.
 */
@TempleIntegrationTest
class ArticleFilesIntegrationTest {

    @Autowired
    ArticleFiles files;
    @Autowired
    JournalEditor editor;
    @Autowired
    Articles articles;
    @Autowired
    Journal journal;

    @Test
    void aNewFileIsPublishedAndAChangedFileBecomesTheNewestRevisionAfterTheEditors() {
        String slug = "from-file-" + UUID.randomUUID().toString().substring(0, 8);
        files.load(file(slug, "From the file", "one"));
        ArticleRow loaded = articles.find(slug, "en").orElseThrow();
        assertThat(loaded.isPublished()).isTrue();

        editor.save(loaded.id(), source(slug, "Edited on the web", "two"));
        assertThat(articles.find(loaded.id()).orElseThrow().title()).isEqualTo("Edited on the web");

        files.load(file(slug, "The file changed", "three"));
        assertThat(articles.find(loaded.id()).orElseThrow().title()).isEqualTo("The file changed");
        assertThat(articles.revisions(loaded.id())).extracting(revision -> revision.origin().key()).containsExactly("file", "editor", "file");
    }

    @Test
    void aFileForASlugAnEditorRenamedDoesNotComeBack() {
        String slug = "renamed-file-" + UUID.randomUUID().toString().substring(0, 8);
        files.load(file(slug, "Original", "one"));
        ArticleRow loaded = articles.find(slug, "en").orElseThrow();
        editor.save(loaded.id(), source(slug + "-new", "Renamed on the web", "two"));

        files.load(file(slug, "Stale file", "three"));

        assertThat(articles.find(slug, "en")).isEmpty();
        assertThat(articles.find(loaded.id()).orElseThrow().title()).isEqualTo("Renamed on the web");
    }

    @Test
    void aFileWithoutAPublishedDateStopsTheStart() {
        String text = "---\ntitle: T\nslug: no-date\nsummary: S\n---\nBody.\n";
        assertThatThrownBy(() -> files.load(new ContentFile("journal/no-date.md", text, "h")))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("published");
    }

    @Test
    void otherModulesGetTheNewestArticlesInTheReadersLanguage() {
        assertThat(journal.latest(Locale.of("sv"), 20)).anyMatch(teaser -> teaser.path().equals("/journal/sv/what-are-intimacy-issues"))
                .noneMatch(teaser -> teaser.path().equals("/journal/what-are-intimacy-issues"));
        assertThat(journal.latest(Locale.ENGLISH, 3)).hasSize(3);
    }

    private static ContentFile file(String slug, String title, String hash) {
        return new ContentFile("journal/" + slug + ".md", source(slug, title, "Body " + hash), hash);
    }

    private static String source(String slug, String title, String body) {
        return Editors.source(slug, title, body).replace("reviewed-by:", "published: 2026-11-01\nreviewed-by:");
    }
}

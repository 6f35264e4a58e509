package app.temple.content.internal;

import app.temple.TempleIntegrationTest;
import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.ContentYaml;
import app.temple.content.MalformedContentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TempleIntegrationTest
class ContentLoaderIntegrationTest {

    @Autowired
    LoadedFiles loadedFiles;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path root;

    private final Notes notes = new Notes();
    private ContentLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        jdbc.sql("delete from content_file where path like 'notes/%'").update();
        loader = new ContentLoader(List.of(notes), loadedFiles, transaction, new ContentFolder(root), event -> { });
        Files.createDirectories(root.resolve("notes"));
    }

    @Test
    void loadsNewFilesAndSkipsUnchangedOnes() throws IOException {
        write("notes/a.yaml", "title: A\n");
        write("notes/b.yaml", "title: B\n");

        assertThat(loader.load(new ContentFolder(root))).isEqualTo(new ContentLoader.LoadReport(2, 0));
        assertThat(loader.load(new ContentFolder(root))).isEqualTo(new ContentLoader.LoadReport(0, 2));
        assertThat(notes.loaded).containsExactly("A", "B");
    }

    @Test
    void reloadsAChangedFile() throws IOException {
        write("notes/a.yaml", "title: A\n");
        loader.load(new ContentFolder(root));
        write("notes/a.yaml", "title: A, revised\n");

        assertThat(loader.load(new ContentFolder(root))).isEqualTo(new ContentLoader.LoadReport(1, 0));
        assertThat(notes.loaded).containsExactly("A", "A, revised");
    }

    @Test
    void ignoresFilesTheKindDoesNotAccept() throws IOException {
        write("notes/README.md", "# not a note\n");

        assertThat(loader.load(new ContentFolder(root))).isEqualTo(new ContentLoader.LoadReport(0, 0));
    }

    @Test
    void aMalformedFileNamesItsFileAndLineAndRecordsNothing() throws IOException {
        write("notes/good.yaml", "title: Good\n");
        write("notes/broken.yaml", "title: Broken\ntags: [one, two\nsummary: x\n");

        assertThatThrownBy(() -> loader.load(new ContentFolder(root)))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageStartingWith("content/notes/broken.yaml line ")
                .satisfies(e -> assertThat(((MalformedContentException) e).line()).isBetween(2, 4));
        assertThat(loadedFiles.all()).doesNotContainKey("notes/broken.yaml");
    }

    @Test
    void aKindsOwnComplaintCarriesTheLineToo() throws IOException {
        write("notes/untitled.yaml", "summary: no title\n");

        assertThatThrownBy(() -> loader.load(new ContentFolder(root)))
                .hasMessage("content/notes/untitled.yaml line 1: a note needs a title");
    }

    @Test
    void frontMatterIsSplitFromTheBodyWithTheBodysLine() {
        var file = new ContentFile("journal/x.md", "---\ntitle: X\ntags: [a]\n---\n## Hello\n", "h");

        ContentYaml.FrontMatter parsed = ContentYaml.frontMatter(file);

        assertThat(parsed.data()).containsEntry("title", "X");
        assertThat(parsed.body()).isEqualTo("## Hello\n");
        assertThat(parsed.bodyLine()).isEqualTo(5);
    }

    @Test
    void aBrokenFrontMatterLineIsCountedFromTheTopOfTheFile() {
        var file = new ContentFile("journal/x.md", "---\ntitle: X\ntitle: [\n---\nbody\n", "h");

        assertThatThrownBy(() -> ContentYaml.frontMatter(file))
                .isInstanceOf(MalformedContentException.class)
                .satisfies(e -> assertThat(((MalformedContentException) e).line()).isBetween(3, 5));
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(root.resolve(path), text);
    }

    /** A content kind for the test: YAML notes with a title. */
    static class Notes implements ContentKind {
        final List<String> loaded = new ArrayList<>();

        @Override
        public String folder() {
            return "notes";
        }

        @Override
        public boolean accepts(Path relativePath) {
            return relativePath.toString().endsWith(".yaml");
        }

        @Override
        public void load(ContentFile file) {
            Map<String, Object> yaml = ContentYaml.parse(file);
            if (!(yaml.get("title") instanceof String title)) {
                throw file.malformed(1, "a note needs a title");
            }
            loaded.add(title);
        }
    }
}

package app.temple.content.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The starting content travels in the jar, so that {@code java -jar} finds it from any working directory. */
class BundledContentTest {

    @TempDir
    Path folder;

    @Test
    void readsTheKindsFilesOutOfAJarWithTheirPathsUnderTheContentRoot() throws IOException {
        Path jar = jar("temple-content/", "temple-content/notes/", "temple-content/notes/b.yaml=title: B\n",
                "temple-content/notes/README.md=# not a note\n", "temple-content/notes/deeper/",
                "temple-content/notes/deeper/a.yaml=title: A\n", "temple-content/other/c.yaml=title: C\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            List<ContentFile> files = new BundledContent(loader).filesOf(yaml("notes"));

            assertThat(files).extracting(ContentFile::path).containsExactly("notes/b.yaml", "notes/deeper/a.yaml");
            assertThat(files.getFirst().text()).isEqualTo("title: B\n");
            assertThat(files.getFirst().hash()).isEqualTo(DigestUtils.sha256Hex("title: B\n"));
        }
    }

    @Test
    void theBuildBundlesEveryQuizAndArticleOfTheRepository() throws IOException {
        ContentSource bundled = ContentSources.choose("", BundledContentTest.class.getClassLoader());

        assertThat(bundled).isInstanceOf(BundledContent.class);
        assertThat(bundled.filesOf(yaml("quizzes"))).extracting(ContentFile::path)
                .isNotEmpty().containsExactlyElementsOf(repositoryFiles("quizzes", ".yaml"));
        assertThat(bundled.filesOf(markdown("journal"))).extracting(ContentFile::path)
                .hasSizeGreaterThan(5).containsExactlyElementsOf(repositoryFiles("journal", ".md"));
    }

    @Test
    void theSameFileHasTheSameHashInTheJarAndInTheFolder() {
        ContentKind quizzes = yaml("quizzes");
        List<ContentFile> bundled = ContentSources.choose("", BundledContentTest.class.getClassLoader()).filesOf(quizzes);
        List<ContentFile> inFolder = ContentSources.choose("content", BundledContentTest.class.getClassLoader()).filesOf(quizzes);

        assertThat(bundled).isEqualTo(inFolder);
    }

    @Test
    void aConfiguredFolderThatIsNotThereStopsTheStartWithItsName() {
        Path missing = folder.resolve("contnet");

        assertThatThrownBy(() -> ContentSources.choose(missing.toString(), getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("TEMPLE_CONTENT_DIR");
    }

    @Test
    void aConfiguredFolderIsReadInsteadOfTheJar() {
        assertThat(ContentSources.choose(folder.toString(), getClass().getClassLoader())).isEqualTo(new ContentFolder(folder));
    }

    private static List<String> repositoryFiles(String kind, String extension) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content", kind))) {
            return files.map(file -> kind + "/" + file.getFileName()).filter(name -> name.endsWith(extension))
                    .filter(name -> !name.endsWith("/README.md")).sorted().toList();
        }
    }

    /** A jar as Maven writes one: an entry per folder ("x/") and per file ("x/y=contents"). */
    private Path jar(String... entries) throws IOException {
        Path jar = folder.resolve("content.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String entry : entries) {
                String[] nameAndText = entry.split("=", 2);
                zip.putNextEntry(new JarEntry(nameAndText[0]));
                if (nameAndText.length == 2) {
                    zip.write(nameAndText[1].getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static ContentKind yaml(String folder) {
        return kind(folder, ".yaml");
    }

    private static ContentKind markdown(String folder) {
        return kind(folder, ".md");
    }

    private static ContentKind kind(String folder, String extension) {
        return new ContentKind() {
            @Override
            public String folder() {
                return folder;
            }

            @Override
            public boolean accepts(Path relativePath) {
                return relativePath.toString().endsWith(extension) && !relativePath.endsWith("README.md");
            }

            @Override
            public void load(ContentFile file) {
            }
        };
    }
}

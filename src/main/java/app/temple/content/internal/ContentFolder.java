package app.temple.content.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The starting content in a folder on disk ({@code TEMPLE_CONTENT_DIR}), where an editor changes it between starts. */
record ContentFolder(Path root) implements ContentSource {

    @Override
    public List<ContentFile> filesOf(ContentKind kind) {
        Path folder = root.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> kind.accepts(folder.relativize(file)))
                    .sorted()
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }

    @Override
    public String describe() {
        return root.toAbsolutePath().normalize().toString();
    }

    private ContentFile read(Path file) {
        try {
            return ContentSource.file(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}

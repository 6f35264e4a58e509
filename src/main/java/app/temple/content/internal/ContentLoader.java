package app.temple.content.internal;

import org.apache.commons.codec.digest.DigestUtils;
import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the starting content on start, before the platform reports itself ready. A failure stops the
 * start: half-loaded content is worse than none.
 */
@Component
@Order(0)
class ContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private final List<ContentKind> kinds;
    private final LoadedFiles loadedFiles;
    private final TransactionTemplate transaction;
    private final Path root;

    ContentLoader(List<ContentKind> kinds, LoadedFiles loadedFiles, TransactionTemplate transaction,
                  @Value("${temple.content-dir}") Path root) {
        this.kinds = kinds;
        this.loadedFiles = loadedFiles;
        this.transaction = transaction;
        this.root = root;
    }

    @Override
    public void run(ApplicationArguments args) {
        LoadReport report = load(root);
        log.info("Content from {}: {} loaded, {} unchanged", root.toAbsolutePath(), report.loaded(), report.unchanged());
    }

    /** Loads every new or changed file under {@code root}, kind by kind in their order. */
    LoadReport load(Path root) {
        LoadReport report = new LoadReport(0, 0);
        for (ContentKind kind : kinds) {
            for (Path file : filesOf(root, kind)) {
                report = report.add(loadIfChanged(kind, read(root, file)));
            }
        }
        return report;
    }

    private boolean loadIfChanged(ContentKind kind, ContentFile file) {
        if (loadedFiles.hashOf(file.path()).filter(file.hash()::equals).isPresent()) {
            return false;
        }
        transaction.executeWithoutResult(status -> {
            kind.load(file);
            loadedFiles.record(file.path(), file.hash());
        });
        log.info("Content loaded: {}", file.path());
        return true;
    }

    private static List<Path> filesOf(Path root, ContentKind kind) {
        Path folder = root.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> kind.accepts(folder.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder, e);
        }
    }

    private static ContentFile read(Path root, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String relative = root.relativize(file).toString().replace('\\', '/');
            return new ContentFile(relative, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }

    record LoadReport(int loaded, int unchanged) {
        LoadReport add(boolean wasLoaded) {
            return wasLoaded ? new LoadReport(loaded + 1, unchanged) : new LoadReport(loaded, unchanged + 1);
        }
    }
}

package bench.temple;

import app.temple.content.ContentFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The starting content as the jar bundles it (content/ under temple-content/), read the way the app reads a file. */
final class BundledContent {

    private BundledContent() {
    }

    static ContentFile file(String path) {
        try (InputStream in = BundledContent.class.getClassLoader().getResourceAsStream("temple-content/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no temple-content/" + path + " on the class path: build the app first");
            }
            // the hash only names a revision; the benchmarks never compare it
            return new ContentFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), "bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

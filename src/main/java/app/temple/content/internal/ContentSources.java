package app.temple.content.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses where the starting content comes from. Unset, {@code TEMPLE_CONTENT_DIR} means the copy in the jar, which
 * is there whatever the working directory; set, it names a folder, which must exist: a mistyped folder used to load
 * nothing, silently, and now stops the start with its name instead.
 */
@Configuration(proxyBeanMethods = false)
class ContentSources {

    @Bean
    ContentSource contentSource(@Value("${temple.content-dir:}") String folder) {
        return choose(folder, ContentSources.class.getClassLoader());
    }

    static ContentSource choose(String folder, ClassLoader classLoader) {
        if (folder.isBlank()) {
            return new BundledContent(classLoader);
        }
        Path root = Path.of(folder.strip());
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("TEMPLE_CONTENT_DIR (temple.content-dir) names " + root.toAbsolutePath().normalize()
                    + ", which is not a folder. Point it at a copy of the repository's content/ folder, or leave it unset"
                    + " to load the starting content bundled in the application.");
        }
        return new ContentFolder(root);
    }
}

package app.temple.content;

import app.temple.TempleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Broken starting content must stop the platform before it serves anything half-loaded. */
class MalformedContentStopsStartTest {

    @TempDir
    Path content;

    @Test
    void theStartFailsWithTheFileAndLine() throws IOException {
        Files.createDirectories(content.resolve("notes"));
        Files.writeString(content.resolve("notes/broken.yaml"), "title: ok\n  nested: : wrong\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(TempleApplication.class, NotesKind.class)
                .run("--server.port=0", "--temple.content-dir=" + content).close())
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("content/notes/broken.yaml line 2");
    }

    @Configuration(proxyBeanMethods = false)
    static class NotesKind {
        @Bean
        ContentKind notes() {
            return new ContentKind() {
                @Override
                public String folder() {
                    return "notes";
                }

                @Override
                public boolean accepts(Path relativePath) {
                    return true;
                }

                @Override
                public void load(ContentFile file) {
                    ContentYaml.parse(file);
                }
            };
        }
    }
}

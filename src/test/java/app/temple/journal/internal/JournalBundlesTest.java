package app.temple.journal.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The Journal speaks English and Swedish: every message exists in both, and none is empty. */
class JournalBundlesTest {

    @Test
    void englishAndSwedishHaveTheSameKeys() throws IOException {
        Properties english = load("journal/messages.properties");
        Properties swedish = load("journal/messages_sv.properties");
        assertThat(swedish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        swedish.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JournalBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package app.temple.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Swedish must say the same things: a key in one bundle and not the other fails the build. */
class BundleSyncTest {

    @Test
    void englishAndSwedishHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> swedish = keys("messages_sv.properties");

        assertThat(difference(english, swedish)).as("keys missing in Swedish").isEmpty();
        assertThat(difference(swedish, english)).as("keys missing in English").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames())
                    .as("empty messages in " + bundle)
                    .filteredOn(key -> properties.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = BundleSyncTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

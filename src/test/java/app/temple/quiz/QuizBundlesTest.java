package app.temple.quiz;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The quiz bundle says the same things in English and Swedish, with the same placeholders and nothing empty. */
class QuizBundlesTest {

    @Test
    void englishAndSwedishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties english = load("quiz/messages.properties");
        Properties swedish = load("quiz/messages_sv.properties");
        assertThat(new TreeSet<>(swedish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(swedish.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(swedish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void aMessageWithArgumentsHasNoSingleApostrophe() throws IOException {
        for (String bundle : new String[]{"quiz/messages.properties", "quiz/messages_sv.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String message = messages.getProperty(key);
                if (message.contains("{0}")) {
                    assertThat(message.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                }
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = QuizBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

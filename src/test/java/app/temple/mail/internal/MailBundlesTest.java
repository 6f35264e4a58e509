package app.temple.mail.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Swedish letters say the same things: a key in one mail bundle and not the other fails the build. */
class MailBundlesTest {

    @Test
    void englishAndSwedishHaveTheSameKeys() throws IOException {
        Properties english = load("mail/messages.properties");
        Properties swedish = load("mail/messages_sv.properties");

        assertThat(new TreeSet<>(swedish.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyPlaceholderOfALetterIsTheSameInBothLanguages() throws IOException {
        Properties english = load("mail/messages.properties");
        Properties swedish = load("mail/messages_sv.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(swedish.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{[a-z0-9-]+}").matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = MailBundlesTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

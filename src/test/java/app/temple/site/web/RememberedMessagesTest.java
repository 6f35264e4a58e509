package app.temple.site.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedMessagesTest {

    private static final Locale SWEDISH = Locale.of("sv");

    /** Bundles that count how often they are asked. */
    private static final class CountedBundles extends StaticMessageSource {
        int asked;

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            asked++;
            return super.resolveCodeWithoutArguments(code, locale);
        }

        @Override
        protected java.text.MessageFormat resolveCode(String code, Locale locale) {
            asked++;
            return super.resolveCode(code, locale);
        }
    }

    private final CountedBundles bundles = new CountedBundles();
    private final RememberedMessages messages = new RememberedMessages(bundles);

    RememberedMessagesTest() {
        bundles.addMessage("nav.home", Locale.ENGLISH, "Home");
        bundles.addMessage("nav.home", SWEDISH, "Hem");
        bundles.addMessage("greeting", Locale.ENGLISH, "Hello {0}");
    }

    @Test
    void looksUpAFixedTextOncePerLanguage() {
        for (int i = 0; i < 3; i++) {
            assertThat(messages.getMessage("nav.home", null, Locale.ENGLISH)).isEqualTo("Home");
            assertThat(messages.getMessage("nav.home", new Object[0], SWEDISH)).isEqualTo("Hem");
        }
        assertThat(bundles.asked).isEqualTo(2);
    }

    @Test
    void formatsATextWithArgumentsEachTime() {
        assertThat(messages.getMessage("greeting", new Object[] {"Ada"}, Locale.ENGLISH)).isEqualTo("Hello Ada");
        assertThat(messages.getMessage("greeting", new Object[] {"Eva"}, Locale.ENGLISH)).isEqualTo("Hello Eva");
    }

    @Test
    void remembersNothingForALanguageTheSiteDoesNotOffer() {
        bundles.addMessage("nav.home", Locale.GERMAN, "Start");
        int before = bundles.asked;
        for (int i = 0; i < 3; i++) {
            assertThat(messages.getMessage("nav.home", null, Locale.GERMAN)).isEqualTo("Start");
        }
        assertThat(bundles.asked - before).isEqualTo(3);
    }

    @Test
    void aMissingTextStillFailsAndIsNotRemembered() {
        assertThatThrownBy(() -> messages.getMessage("nav.missing", null, Locale.ENGLISH))
                .isInstanceOf(NoSuchMessageException.class);
        bundles.addMessage("nav.missing", Locale.ENGLISH, "Found later");
        assertThat(messages.getMessage("nav.missing", null, Locale.ENGLISH)).isEqualTo("Found later");
    }
}

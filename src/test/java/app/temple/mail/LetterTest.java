package app.temple.mail;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LetterTest {

    private static final String LINK = "https://example.org/sign-in/link?token=abc";

    @Test
    void aLetterWithWhatItsKindNeeds() {
        Letter letter = new Letter("her@example.org", Locale.of("sv"), LetterKind.SIGN_IN_LINK,
                Map.of("link", LINK, "name", "Maja", "minutes", "15"));

        assertThat(letter.values()).containsEntry("link", LINK);
    }

    @Test
    void noLanguageMeansEnglish() {
        assertThat(new Letter("her@example.org", null, LetterKind.ACCOUNT_ERASED, null).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMissingValueIsRefused() {
        assertThatThrownBy(() -> new Letter("her@example.org", Locale.ENGLISH, LetterKind.PASSWORD_RESET, Map.of("name", "Maja")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("link");
    }

    @Test
    void aValueTheKindDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> new Letter("her@example.org", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED, Map.of("link", LINK)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no value called link");
    }

    @Test
    void aLinkMustBeAWebAddress() {
        assertThatThrownBy(() -> new Letter("her@example.org", Locale.ENGLISH, LetterKind.VERIFY_EMAIL,
                Map.of("link", "javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesCannotAddLinesOrHeaders() {
        assertThatThrownBy(() -> new Letter("her@example.org", Locale.ENGLISH, LetterKind.SECURITY_CHANGE,
                Map.of("name", "Maja\r\nBcc: someone@example.org")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Letter("her@example.org\r\nBcc: x@example.org", Locale.ENGLISH,
                LetterKind.ACCOUNT_ERASED, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAddressIsNotRepeatedInTheError() {
        assertThatThrownBy(() -> new Letter("not an address", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED, Map.of()))
                .hasMessageNotContaining("not an address");
    }

    @Test
    void theValuesAreCopied() {
        Map<String, String> values = new HashMap<>(Map.of("link", LINK));
        Letter letter = new Letter("her@example.org", Locale.ENGLISH, LetterKind.VERIFY_EMAIL, values);

        values.put("link", "https://elsewhere.example/");

        assertThat(letter.values()).containsEntry("link", LINK);
    }

    @Test
    void itsTextNamesNeitherTheAddressNorTheValues() {
        Letter letter = new Letter("her@example.org", Locale.ENGLISH, LetterKind.SIGN_IN_LINK,
                Map.of("link", "https://example.org/sign-in/link/use?token=Zq9secret", "name", "Maja"))
                .about(java.util.UUID.randomUUID());

        assertThat(letter.toString()).contains("SIGN_IN_LINK", "link", "name")
                .doesNotContain("her@example.org", "Zq9secret", "Maja", letter.member().toString());
    }
}

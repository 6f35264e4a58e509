package app.temple.mail.internal;

import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The wording of every letter, in both languages, and what it must never say (privacy rule 7). */
class LetterWriterTest {

    static final String DEFAULT_FROM = "Notifications <no-reply@localhost>";
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("sv"));

    /**
     * Words that would tell a reader over her shoulder, or a notification preview, what the platform is about.
     * Each matches at the start of a word, so that "sex" also catches "sexual" and "sexuell".
     */
    static final List<String> SENSITIVE = List.of(
            // the product and what it offers
            "temple", "tempel", "quiz", "course", "kurs", "lesson", "lektion", "journal", "reflection", "reflektion",
            "practitioner", "coach", "therap", "terap", "counsel", "session", "booking", "bokning", "partner",
            // the topic, in English
            "sex", "intima", "intimacy", "desire", "arous", "orgasm", "libido", "pleasure", "erotic", "porn", "vagin",
            "vulva", "body", "embodi", "trauma", "abuse", "wellbeing", "well-being", "wellness", "health", "relationship",
            "couple", "women", "woman", "love", "lover", "consent", "healing",
            // and in Swedish
            "intim", "lust", "begär", "njutning", "kropp", "välmående", "hälsa", "relation", "kvinn", "kärlek",
            "samtycke", "övergrepp", "läkning", "samliv", "sexuell");

    private final LetterWriter writer = new LetterWriter(messages(), DEFAULT_FROM);

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterIsWrittenInBothLanguagesWithItsValues(LetterKind kind) {
        WrittenLetter english = writer.write(fullLetter(kind, Locale.ENGLISH));
        WrittenLetter swedish = writer.write(fullLetter(kind, Locale.of("sv")));

        for (WrittenLetter letter : List.of(english, swedish)) {
            assertThat(letter.subject()).isNotBlank();
            assertThat(letter.text()).doesNotContainPattern("\\{[a-z-]+}");
            assertThat(letter.from()).isEqualTo(DEFAULT_FROM);
            if (kind.accepts("link")) {
                assertThat(letter.text()).contains(sampleValues(kind).get("link"));
            }
        }
        assertThat(english.text()).startsWith("Hello Maja,").endsWith("Replies to it are not read.");
        assertThat(swedish.text()).startsWith("Hej Maja,");
        assertThat(swedish.subject()).isNotEqualTo(english.subject());
        assertThat(swedish.text()).isNotEqualTo(english.text());
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void noSubjectOrBodyNamesThePlatformOrItsTopic(LetterKind kind) {
        for (Locale language : LANGUAGES) {
            for (Letter letter : List.of(fullLetter(kind, language), bareLetter(kind, language))) {
                WrittenLetter written = writer.write(letter);
                assertDiscreet(kind + " " + language + " subject", written.subject());
                assertDiscreet(kind + " " + language + " body", written.text());
                assertDiscreet("sender", written.from());
            }
        }
    }

    @Test
    void theSubjectsAreTheNeutralOnes() {
        assertThat(subject(LetterKind.SIGN_IN_LINK, Locale.ENGLISH)).isEqualTo("Your sign-in link");
        assertThat(subject(LetterKind.VERIFY_EMAIL, Locale.ENGLISH)).isEqualTo("Confirm your email address");
        assertThat(subject(LetterKind.PASSWORD_RESET, Locale.ENGLISH)).isEqualTo("Reset your password");
        assertThat(subject(LetterKind.ACCOUNT_ERASED, Locale.ENGLISH)).isEqualTo("Your account has been closed");
        assertThat(subject(LetterKind.SECURITY_CHANGE, Locale.ENGLISH)).isEqualTo("A change to your account");
        assertThat(subject(LetterKind.STAFF_INVITATION, Locale.ENGLISH)).isEqualTo("You have been invited");
        assertThat(subject(LetterKind.SIGN_IN_LINK, Locale.of("sv"))).isEqualTo("Din inloggningslänk");
    }

    @Test
    void optionalSentencesAppearOnlyWithTheirValues() {
        String bare = writer.write(bareLetter(LetterKind.SIGN_IN_LINK, Locale.ENGLISH)).text();
        String full = writer.write(fullLetter(LetterKind.SIGN_IN_LINK, Locale.ENGLISH)).text();

        assertThat(bare).startsWith("Hello,\n\n").doesNotContain("code", "minutes");
        assertThat(full).contains("Or enter this code: 493 201", "It works for 15 minutes.");
    }

    @Test
    void aKnownChangeIsNamedAndAnUnknownOneLeftOut() {
        String password = writer.write(new Letter("her@example.org", Locale.ENGLISH, LetterKind.SECURITY_CHANGE,
                Map.of("change", "password"))).text();
        String unknown = writer.write(new Letter("her@example.org", Locale.ENGLISH, LetterKind.SECURITY_CHANGE,
                Map.of("change", "something-new"))).text();

        assertThat(password).contains("What changed: your password.");
        assertThat(unknown).doesNotContain("What changed", "something-new");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsKeptAsItIs() {
        String text = writer.write(new Letter("her@example.org", Locale.ENGLISH, LetterKind.ACCOUNT_ERASED,
                Map.of("name", "{link} $1"))).text();

        assertThat(text).startsWith("Hello {link} $1,");
    }

    @Test
    void anotherLanguageGetsEnglish() {
        assertThat(subject(LetterKind.SIGN_IN_LINK, Locale.GERMAN)).isEqualTo("Your sign-in link");
    }

    static void assertDiscreet(String what, String text) {
        for (String word : SENSITIVE) {
            assertThat(Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word)).matcher(text).find())
                    .as("%s says \"%s\": %s", what, word, text)
                    .isFalse();
        }
    }

    /** A letter with every value its kind accepts. */
    static Letter fullLetter(LetterKind kind, Locale language) {
        Map<String, String> values = new HashMap<>(sampleValues(kind));
        values.put(LetterKind.NAME, "Maja");
        return new Letter("her@example.org", language, kind, values);
    }

    /** A letter with only what its kind requires. */
    static Letter bareLetter(LetterKind kind, Locale language) {
        Map<String, String> values = new HashMap<>(sampleValues(kind));
        values.keySet().retainAll(kind.required());
        return new Letter("her@example.org", language, kind, values);
    }

    static Map<String, String> sampleValues(LetterKind kind) {
        Map<String, String> all = Map.of(
                "link", "https://example.org/" + kind.key() + "?token=Xy7-q2",
                "code", "493 201",
                "minutes", "15",
                "days", "7",
                "change", "password",
                "when", "Monday 12 April 2027, 09:00–09:50 (Europe/Stockholm)",
                "room", "https://video.example.org/r/4f7c1b2a9d",
                "count", "8",
                "hours", "2");
        Map<String, String> values = new HashMap<>(all);
        values.keySet().removeIf(name -> !kind.accepts(name));
        return values;
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("mail/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private String subject(LetterKind kind, Locale language) {
        return writer.write(fullLetter(kind, language)).subject();
    }
}

package app.temple.account.internal;

import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortPasswordsSayingHowLongTheyMustBe() {
        assertThat(policy.check("Ab1!xyz", Locale.ENGLISH)).hasValue(new PasswordPolicy.Refusal("password.tooShort", 8));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirComposition() {
        assertThat(policy.check("Password123!", Locale.ENGLISH)).map(PasswordPolicy.Refusal::messageKey).hasValue("password.common");
        assertThat(policy.check("qwertyuiop", Locale.ENGLISH)).isPresent();
    }

    @Test
    void refusesAPasswordMadeOfHerOwnEmailOrName() {
        assertThat(policy.check("lindqvist2026", Locale.ENGLISH, "maria.lindqvist@example.se", "Maja")).isPresent();
    }

    @Test
    void acceptsLongPassphrasesWithNoCompositionRules() {
        assertThat(policy.check("velvet harbour lantern orbit", Locale.ENGLISH)).isEmpty();
        assertThat(policy.check("all lower case words are fine here", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void acceptsSixtyFourCharacters() {
        String sixtyFour = "marigold quietly ferries copper umbrellas past the old lighthous";
        assertThat(sixtyFour).hasSize(64);
        assertThat(policy.check(sixtyFour, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void keepsNoStaticCopyOfTheWordListsAndStillKnowsCommonWordsAfterReadingThemAgain() {
        assertThat(policy.check("Password123!", Locale.ENGLISH)).isPresent();
        assertThat(ConfigurationBuilder.getDefaultDictionaries()).isEmpty();

        PasswordPolicy.WordLists lists = new PasswordPolicy.WordLists();
        assertThat(lists.get()).extracting(Dictionary::getDictionaryName)
                .containsExactly("passwords", "male_names", "female_names", "surnames", "english", "eff_large");
        assertThat(new PasswordPolicy().check("sunshine2020", Locale.ENGLISH)).isPresent();
        assertThat(new PasswordPolicy().check("velvet harbour lantern orbit", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theWordListsGoWithTheNextFullCollectionOnceNoCheckUsesThem() {
        PasswordPolicy.WordLists lists = new PasswordPolicy.WordLists();
        assertThat(lists.get()).hasSize(6);
        assertThat(lists.held()).isTrue();

        // held softly, they outlived any number of these (a second per free megabyte since their last use)
        for (int collections = 0; collections < 5 && lists.held(); collections++) {
            System.gc();
        }

        assertThat(lists.held()).isFalse();
        assertThat(lists.get()).hasSize(6); // read again when needed
    }
}

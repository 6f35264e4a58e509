package app.temple.account.internal;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NIST-style password rules: at least 8 characters, up to 64 (and more) allowed, no composition rules,
 * and not common or guessable — judged by nbvcxz's estimate of how many guesses it would take, which
 * also knows the member's own email and name.
 */
@Component
class PasswordPolicy {

    static final int MINIMUM = 8;
    static final int MAXIMUM = 128;
    /** About 10^10 guesses: beyond an online attack and slow against offline Argon2id. */
    private static final double MINIMUM_ENTROPY = 34;

    private final WordLists wordLists = new WordLists();

    /** Why a password is refused, as a message key with its argument; empty when it is accepted. */
    Optional<Refusal> check(String password, Locale locale, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM) {
            return Optional.of(new Refusal("password.tooShort", MINIMUM));
        }
        if (password.length() > MAXIMUM) {
            return Optional.of(new Refusal("password.tooLong", MAXIMUM));
        }
        Configuration configuration = new ConfigurationBuilder()
                .setLocale(locale)
                .setMinimumEntropy(MINIMUM_ENTROPY)
                .setDictionaries(dictionaries(personal))
                .createConfiguration();
        Result result = new Nbvcxz(configuration).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(reasonKey(result), 0));
    }

    /** The built-in dictionaries plus the member's own words (parts of her email and name), ranked first. */
    private List<Dictionary> dictionaries(String... personal) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
        for (String word : personal) {
            if (word != null && !word.isBlank()) {
                for (String part : word.toLowerCase(Locale.ROOT).split("[@._\\s-]+")) {
                    if (part.length() > 2) {
                        own.addWord(part, 0);
                    }
                }
            }
        }
        List<Dictionary> dictionaries = new ArrayList<>(wordLists.get());
        dictionaries.add(own.createDictionary());
        return dictionaries;
    }

    private static String reasonKey(Result result) {
        List<String> matchTypes = result.getMatches().stream().map(match -> match.getClass().getSimpleName()).toList();
        if (matchTypes.contains("DictionaryMatch")) {
            return "password.common";
        }
        if (matchTypes.contains("SequenceMatch") || matchTypes.contains("RepeatMatch") || matchTypes.contains("SpacialMatch")) {
            return "password.pattern";
        }
        if (matchTypes.contains("DateMatch") || matchTypes.contains("YearMatch")) {
            return "password.date";
        }
        return "password.guessable";
    }

    /**
     * nbvcxz's word lists (common passwords, names, English words: about 170,000 words, some 25 MB of heap), held
     * only while passwords are being chosen. The library keeps them in a static list for ever once loaded, a fifth of
     * a node's live heap for a check made at sign-up and on a password change; here that list is emptied and the
     * lists are read again from the library's own files when needed, and held weakly: the next collection usually
     * takes them back, so nearly every check reads them again (about 0.1 s, beside the password hash's own cost, on
     * a path that is rate-limited). Held softly, they stayed for about a second per free megabyte after each check
     * (half a minute on a 96 MB heap), filling the old generation so that a node under load collected it in full
     * every few hundred milliseconds, each a pause of 150 ms, until they went.
     */
    static final class WordLists {
        private WeakReference<List<Dictionary>> held = new WeakReference<>(null);

        synchronized List<Dictionary> get() {
            List<Dictionary> lists = held.get();
            if (lists == null) {
                ConfigurationBuilder.getDefaultDictionaries().clear();
                lists = List.of(
                        new Dictionary("passwords", DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords), false),
                        new Dictionary("male_names", DictionaryUtil.loadRankedDictionary(DictionaryUtil.male_names), false),
                        new Dictionary("female_names", DictionaryUtil.loadRankedDictionary(DictionaryUtil.female_names), false),
                        new Dictionary("surnames", DictionaryUtil.loadRankedDictionary(DictionaryUtil.surnames), false),
                        new Dictionary("english", DictionaryUtil.loadRankedDictionary(DictionaryUtil.english), false),
                        new Dictionary("eff_large", DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.eff_large), false));
                held = new WeakReference<>(lists);
            }
            return lists;
        }

        synchronized boolean held() {
            return held.get() != null;
        }
    }

    /** A refusal's message key and the number it mentions, if any. */
    record Refusal(String messageKey, int number) {
    }
}

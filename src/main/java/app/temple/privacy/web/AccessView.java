package app.temple.privacy.web;

import app.temple.privacy.AccessEntry;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of her access log as the privacy centre shows it. Reads recorded by the vault store message keys for who
 * and what, so they are shown in her language; words recorded as plain text are shown as they are.
 */
public record AccessView(Instant at, String who, String role, String what) {

    static AccessView of(AccessEntry entry, MessageSource messages, Locale locale) {
        return new AccessView(entry.at(), words(entry.actorName(), messages, locale),
                words("privacyCentre.access.role." + entry.actorRole(), entry.actorRole(), messages, locale),
                words(entry.what(), messages, locale));
    }

    private static String words(String keyOrText, MessageSource messages, Locale locale) {
        return words(keyOrText, keyOrText, messages, locale);
    }

    private static String words(String key, String otherwise, MessageSource messages, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}

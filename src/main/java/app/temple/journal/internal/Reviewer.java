package app.temple.journal.internal;

import java.util.Locale;

/**
 * A qualified person who reads articles before they are called reviewed, with her credentials as each language
 * writes them. {@code traumaInformed} marks a clinician whose read a trauma-related article needs.
 */
public record Reviewer(String id, String name, String credentialsEn, String credentialsSv, boolean traumaInformed) {

    public String credentials(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? credentialsSv : credentialsEn;
    }
}

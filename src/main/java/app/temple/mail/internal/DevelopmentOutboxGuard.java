package app.temple.mail.internal;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Refuses to keep letters in the development outbox where real people's letters would land there: with an
 * external database or an {@code https} public address, Temple starts only with a mail server
 * ({@code TEMPLE_SMTP_HOST}) or when told in so many words that the outbox is wanted ({@code TEMPLE_DEV_OUTBOX=true}).
 */
final class DevelopmentOutboxGuard {

    /** The property source the embedded database adds; with it the database is a development one. */
    private static final String EMBEDDED_DATABASE = "temple-embedded-database";

    private DevelopmentOutboxGuard() {
    }

    static void check(Environment environment) {
        if (looksReal(environment) && !environment.getProperty("temple.mail.dev-outbox", Boolean.class, false)) {
            throw new IllegalStateException("""
                    Temple has an external database or an https public address (TEMPLE_PUBLIC_URL) but no mail \
                    server: its letters, which hold sign-in links, would stay in the development outbox. Set \
                    TEMPLE_SMTP_HOST (and TEMPLE_SMTP_USER, TEMPLE_SMTP_PASSWORD) to send them, or set \
                    TEMPLE_DEV_OUTBOX=true if this really is a development or test installation.""");
        }
    }

    /**
     * An external database, or a public address served over https: an installation for real people. A throw-away
     * test database ({@code temple.database.ephemeral}) is not one, whatever server it runs on.
     */
    static boolean looksReal(Environment environment) {
        if (environment.getProperty("temple.database.ephemeral", Boolean.class, false)) {
            return false;
        }
        boolean embedded = environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(EMBEDDED_DATABASE);
        boolean externalDatabase = !embedded && StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        String publicUrl = environment.getProperty("temple.public-url", "");
        return externalDatabase || publicUrl.trim().regionMatches(true, 0, "https:", 0, 6);
    }
}

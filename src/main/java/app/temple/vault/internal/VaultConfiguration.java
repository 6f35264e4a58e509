package app.temple.vault.internal;

import app.temple.vault.Vault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The vault on the configured master keyset. */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    static final String DEVELOPMENT_KEYSET_FILE = "dev-master-keyset.json";
    /** The property source app.temple.EmbeddedDatabaseEnvironment adds; with it the database is a development one. */
    private static final String EMBEDDED_DATABASE = "temple-embedded-database";

    private static Path ephemeralDirectory;

    @Bean
    MasterKeysetSource masterKeysetSource(@Value("${temple.vault.master-keyset:}") String json,
                                          @Value("${temple.vault.master-keyset-file:}") String file,
                                          Environment environment) {
        return new MasterKeysetSource(json, file, developmentDirectory(environment).resolve(DEVELOPMENT_KEYSET_FILE));
    }

    @Bean
    MasterKeyset masterKeyset(MasterKeysetSource source, Environment environment) {
        if (source.isDevelopment() && holdsRealData(environment)) {
            throw new IllegalStateException("""
                    Temple has an external database or an https public address (TEMPLE_PUBLIC_URL), so it holds real                     people's data, but no master keyset is configured: a development keyset lying next to the data                     would protect nothing. Set TEMPLE_MASTER_KEYSET to a Tink JSON keyset, or TEMPLE_MASTER_KEYSET_FILE                     to a file holding one (create one with: java -jar temple.jar --temple.vault.rotate=/path/keyset.json).                     See "Master keyset and key rotation" in the README.""");
        }
        return source.load();
    }

    /**
     * An external database or a public address served over https: an installation for real people. A throw-away
     * test database ({@code temple.database.ephemeral}) is not one, whatever server it runs on.
     */
    static boolean holdsRealData(Environment environment) {
        if (environment.getProperty("temple.database.ephemeral", Boolean.class, false)) {
            return false;
        }
        boolean embedded = environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().contains(EMBEDDED_DATABASE);
        boolean externalDatabase = !embedded && StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        return externalDatabase || environment.getProperty("temple.public-url", "").trim().regionMatches(true, 0, "https:", 0, 6);
    }

    @Bean
    Vault vault(MasterKeyset masterKeyset) {
        return new EnvelopeVault(masterKeyset);
    }

    @Bean
    StoredKeyedHashes keyedHashes(JdbcClient jdbc, Vault vault, Clock clock) {
        return new StoredKeyedHashes(jdbc, vault, clock);
    }

    /** Beside the embedded database; for a throw-away database (tests), a throw-away directory per JVM. */
    private static Path developmentDirectory(Environment environment) {
        if (environment.getProperty("temple.database.ephemeral", Boolean.class, false)) {
            return ephemeralDirectory();
        }
        return Path.of(environment.getProperty("temple.data-dir", "data"));
    }

    private static synchronized Path ephemeralDirectory() {
        if (ephemeralDirectory == null) {
            try {
                ephemeralDirectory = Files.createTempDirectory("temple-test-vault");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeralDirectory;
    }
}

package app.temple.vault.internal;

import app.temple.vault.Vault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The vault on the configured master keyset. */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    static final String DEVELOPMENT_KEYSET_FILE = "dev-master-keyset.json";

    private static Path ephemeralDirectory;

    @Bean
    MasterKeysetSource masterKeysetSource(@Value("${temple.vault.master-keyset:}") String json,
                                          @Value("${temple.vault.master-keyset-file:}") String file,
                                          Environment environment) {
        return new MasterKeysetSource(json, file, developmentDirectory(environment).resolve(DEVELOPMENT_KEYSET_FILE));
    }

    @Bean
    MasterKeyset masterKeyset(MasterKeysetSource source) {
        return source.load();
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

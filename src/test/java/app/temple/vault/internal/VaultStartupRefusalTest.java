package app.temple.vault.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultStartupRefusalTest {

    @TempDir
    Path data;

    private final VaultConfiguration configuration = new VaultConfiguration();

    @Test
    void anExternalDatabaseWithoutAKeysetStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/temple");

        assertThatThrownBy(() -> configuration.masterKeyset(development(), environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("TEMPLE_MASTER_KEYSET", "TEMPLE_MASTER_KEYSET_FILE");
        assertThat(data.resolve("dev-master-keyset.json")).doesNotExist();
    }

    @Test
    void anHttpsPublicAddressWithoutAKeysetStopsTheStart() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.public-url", "HTTPS://temple.example");

        assertThatThrownBy(() -> configuration.masterKeyset(development(), environment))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredKeysetStartsWithRealData() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.public-url", "https://temple.example");
        MasterKeysetSource configured = new MasterKeysetSource(MasterKeyset.generate().toJson(), "", data.resolve("unused.json"));

        assertThat(configuration.masterKeyset(configured, environment).size()).isEqualTo(1);
    }

    @Test
    void theEmbeddedDatabaseOnLocalhostMayUseTheDevelopmentKeyset() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.public-url", "http://localhost:8080");
        environment.getPropertySources().addFirst(new MapPropertySource("temple-embedded-database",
                Map.of("spring.datasource.url", "jdbc:postgresql://localhost:54321/postgres")));

        assertThat(configuration.masterKeyset(development(), environment).size()).isEqualTo(1);
    }

    private MasterKeysetSource development() {
        return new MasterKeysetSource("", "", data.resolve("dev-master-keyset.json"));
    }
}

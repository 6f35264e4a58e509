package app.temple.vault.internal;

import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultCommandsTest {

    @TempDir
    Path directory;

    private final MasterKeyset configured = MasterKeyset.generate();
    private final MasterKeysetSource configuredSource = new MasterKeysetSource(configured.toJson(), "", Path.of("unused"));

    @Test
    void readsTheCommandFromTheEnvironment() {
        assertThat(VaultCommand.of(new MockEnvironment())).isEmpty();
        assertThat(VaultCommand.of(new MockEnvironment().withProperty(VaultCommand.REENCRYPT, "")))
                .containsInstanceOf(VaultCommand.Reencrypt.class);
        assertThat(VaultCommand.of(new MockEnvironment().withProperty(VaultCommand.REENCRYPT, "false"))).isEmpty();
        assertThat(VaultCommand.of(new MockEnvironment().withProperty(VaultCommand.ROTATE, "/keys/new.json")))
                .contains(new VaultCommand.Rotate(Path.of("/keys/new.json")));
    }

    @Test
    void refusesAmbiguousCommands() {
        assertThatThrownBy(() -> VaultCommand.of(new MockEnvironment().withProperty(VaultCommand.ROTATE, "")))
                .hasMessageContaining("needs the file");
        assertThatThrownBy(() -> VaultCommand.of(new MockEnvironment()
                .withProperty(VaultCommand.ROTATE, "/k.json").withProperty(VaultCommand.REENCRYPT, "true")))
                .hasMessageContaining("not both");
    }

    @Test
    void reencryptResealsEveryModulesData() {
        List<String> calls = new ArrayList<>();
        Vault vault = new EnvelopeVault(configured);
        SealedData quiz = given -> {
            calls.add("quiz");
            assertThat(given).isSameAs(vault);
            return 3;
        };
        SealedData notes = given -> {
            calls.add("notes");
            return 0;
        };

        commands(configuredSource, configured, vault, List.of(quiz, notes)).execute(new VaultCommand.Reencrypt());

        assertThat(calls).containsExactly("quiz", "notes");
    }

    @Test
    void rotateWritesTheConfiguredKeysPlusANewPrimary() {
        Path target = directory.resolve("rotated.json");
        UUID her = UUID.randomUUID();
        byte[] old = new EnvelopeVault(configured).sealText(her, "quiz.answers", "old");

        commands(configuredSource, configured).execute(new VaultCommand.Rotate(target));

        MasterKeyset rotated = MasterKeyset.parse(read(target), "test");
        assertThat(rotated.size()).isEqualTo(2);
        assertThat(rotated.primaryId()).isNotEqualTo(configured.primaryId());
        assertThat(new EnvelopeVault(rotated).openText(her, "quiz.answers", old)).isEqualTo("old");
    }

    @Test
    void rotateOnTheDevelopmentKeysetWritesAFreshKeysetWithoutTheDevelopmentKey() {
        Path target = directory.resolve("first-real.json");
        MasterKeysetSource development = new MasterKeysetSource("", "", directory.resolve("dev.json"));
        MasterKeyset developmentKeys = development.load();

        commands(development, developmentKeys).execute(new VaultCommand.Rotate(target));

        MasterKeyset fresh = MasterKeyset.parse(read(target), "test");
        assertThat(fresh.size()).isEqualTo(1);
        assertThat(fresh.primaryId()).isNotEqualTo(developmentKeys.primaryId());
    }

    @Test
    void rotateNeverOverwritesAKeyset() throws IOException {
        Path target = Files.writeString(directory.resolve("existing.json"), "precious");

        assertThatThrownBy(() -> commands(configuredSource, configured).execute(new VaultCommand.Rotate(target)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(read(target)).isEqualTo("precious");
    }

    @Test
    void aCommandListensOnlyOnAFreeLoopbackPort() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args",
                Map.of(VaultCommand.REENCRYPT, "")));

        new VaultCommandEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutACommandTheServerIsLeftAlone() {
        StandardEnvironment environment = new StandardEnvironment();

        new VaultCommandEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.port")).isNull();
    }

    private VaultCommands commands(MasterKeysetSource source, MasterKeyset keyset) {
        return commands(source, keyset, new EnvelopeVault(keyset), List.of());
    }

    private static VaultCommands commands(MasterKeysetSource source, MasterKeyset keyset, Vault vault, List<SealedData> data) {
        return new VaultCommands(new MockEnvironment(), source, keyset, vault, data, null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.temple.vault.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class MasterKeysetSourceTest {

    @TempDir
    Path data;

    @Test
    void withoutAKeysetADevelopmentKeysetIsGeneratedWithALoudWarning(CapturedOutput output) throws IOException {
        Path file = data.resolve("dev-master-keyset.json");

        new MasterKeysetSource("", "", file).load();

        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(output.getOut()).contains("WARN", "DEVELOPMENT MASTER KEYSET", file.toAbsolutePath().toString(),
                "for development only", "TEMPLE_MASTER_KEYSET", "TEMPLE_MASTER_KEYSET_FILE");
    }

    @Test
    void theDevelopmentKeysetIsReusedOnTheNextStart(CapturedOutput output) throws IOException {
        Path file = data.resolve("dev-master-keyset.json");
        UUID her = UUID.randomUUID();
        MasterKeyset first = new MasterKeysetSource("", "", file).load();
        String written = Files.readString(file);
        byte[] sealed = new EnvelopeVault(first).sealText(her, "quiz.answers", "kept");

        MasterKeyset second = new MasterKeysetSource("", "", file).load();

        assertThat(Files.readString(file)).isEqualTo(written);
        assertThat(second.primaryId()).isEqualTo(first.primaryId());
        assertThat(new EnvelopeVault(second).openText(her, "quiz.answers", sealed)).isEqualTo("kept");
        assertThat(output.getOut().split("DEVELOPMENT MASTER KEYSET", -1)).as("warned on each start").hasSize(3);
    }

    @Test
    void aConfiguredKeysetIsUsedAndNoDevelopmentKeysetIsMade(CapturedOutput output) {
        MasterKeyset configured = MasterKeyset.generate();
        Path devFile = data.resolve("dev-master-keyset.json");

        MasterKeyset loaded = new MasterKeysetSource(configured.toJson(), "", devFile).load();

        assertThat(loaded.primaryId()).isEqualTo(configured.primaryId());
        assertThat(devFile).doesNotExist();
        assertThat(output.getOut()).doesNotContain("DEVELOPMENT MASTER KEYSET");
    }

    @Test
    void aKeysetFileIsRead() throws IOException {
        MasterKeyset configured = MasterKeyset.generate();
        Path file = Files.writeString(data.resolve("keyset.json"), configured.toJson());

        MasterKeyset loaded = new MasterKeysetSource("", file.toString(), data.resolve("dev.json")).load();

        assertThat(loaded.primaryId()).isEqualTo(configured.primaryId());
        assertThat(data.resolve("dev.json")).doesNotExist();
    }

    @Test
    void bothSettingsAtOnceAreRefused() {
        String json = MasterKeyset.generate().toJson();

        assertThatThrownBy(() -> new MasterKeysetSource(json, "/some/file", data.resolve("dev.json")).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void theSourceNeverPrintsTheKeyset() {
        String json = MasterKeyset.generate().toJson();

        assertThat(new MasterKeysetSource(json, "", data.resolve("dev.json")).toString())
                .doesNotContain(json).doesNotContain("keyData").contains("(set)");
    }

    @Test
    void aBrokenKeysetStopsTheStartWithoutEchoingIt() {
        String broken = "{\"primaryKeyId\": 1, \"key\": [{\"keyData\": \"s3cr3t-material\"}]}";

        assertThatThrownBy(() -> new MasterKeysetSource(broken, "", data.resolve("dev.json")).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEMPLE_MASTER_KEYSET")
                .hasMessageNotContaining("s3cr3t");
    }
}

package app.temple.vault.internal;

import app.temple.vault.Vault;
import app.temple.vault.VaultException;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeVaultTest {

    private static final String ANSWERS = "quiz.answers";

    private final Vault vault = new EnvelopeVault(MasterKeyset.generate());
    private final UUID her = UUID.randomUUID();

    @Test
    void opensWhatItSealed() {
        byte[] sealed = vault.sealText(her, ANSWERS, "I would like more closeness");

        assertThat(vault.openText(her, ANSWERS, sealed)).isEqualTo("I would like more closeness");
    }

    @Test
    void opensEmptyAndBinaryValues() {
        byte[] binary = {0, 1, 2, (byte) 0xFF};

        assertThat(vault.open(her, ANSWERS, vault.seal(her, ANSWERS, new byte[0]))).isEmpty();
        assertThat(vault.open(her, ANSWERS, vault.seal(her, ANSWERS, binary))).isEqualTo(binary);
    }

    @Test
    void anotherOwnerCannotOpenIt() {
        byte[] sealed = vault.sealText(her, ANSWERS, "private");

        assertThatThrownBy(() -> vault.open(UUID.randomUUID(), ANSWERS, sealed)).isInstanceOf(VaultException.class);
    }

    @Test
    void anotherFieldCannotOpenIt() {
        byte[] sealed = vault.sealText(her, ANSWERS, "private");

        assertThatThrownBy(() -> vault.open(her, "course.reflection", sealed)).isInstanceOf(VaultException.class);
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        byte[] sealed = vault.sealText(her, ANSWERS, "private");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.open(her, ANSWERS, altered)).isInstanceOf(VaultException.class);
    }

    @Test
    void aWrappedKeyMovedToAnotherValueDoesNotOpenIt() {
        SealedBlob mine = SealedBlob.parse(vault.sealText(her, ANSWERS, "mine"));
        SealedBlob other = SealedBlob.parse(vault.sealText(her, ANSWERS, "other"));

        byte[] spliced = new SealedBlob(other.wrappedKey(), mine.ciphertext()).toBytes();

        assertThatThrownBy(() -> vault.open(her, ANSWERS, spliced)).isInstanceOf(VaultException.class);
    }

    @Test
    void anotherKeysetCannotOpenIt() {
        byte[] sealed = vault.sealText(her, ANSWERS, "private");

        assertThatThrownBy(() -> new EnvelopeVault(MasterKeyset.generate()).open(her, ANSWERS, sealed))
                .isInstanceOf(VaultException.class)
                .hasMessageNotContaining(her.toString());
    }

    @Test
    void theSealedBytesHoldNoPlaintext() {
        String secret = "my answer about desire: rarely, and I miss it";

        byte[] sealed = vault.sealText(her, ANSWERS, secret);

        String asText = new String(sealed, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(secret).doesNotContain("desire").doesNotContain(her.toString());
    }

    @Test
    void everyValueHasItsOwnDataKey() {
        SealedBlob first = SealedBlob.parse(vault.sealText(her, ANSWERS, "same"));
        SealedBlob second = SealedBlob.parse(vault.sealText(her, ANSWERS, "same"));

        assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void theFormatStartsWithItsVersion() {
        byte[] sealed = vault.sealText(her, ANSWERS, "private");

        assertThat(sealed[0]).isEqualTo(SealedBlob.VERSION);
        sealed[0] = 9;
        assertThatThrownBy(() -> vault.open(her, ANSWERS, sealed)).isInstanceOf(VaultException.class)
                .hasMessageContaining("format");
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> vault.open(her, ANSWERS, new byte[] {1, 0})).isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> vault.open(her, ANSWERS, new byte[] {1, 0, 90, 1})).isInstanceOf(VaultException.class);
    }

    @Test
    void aFieldNameIsRequired() {
        assertThatThrownBy(() -> vault.sealText(her, " ", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Sealing no longer goes through Tink's encrypt (SharedRandomAesGcm): each layer must still be Tink's format. */
    @Test
    void eachLayerOpensWithTinksOwnAesGcm() throws GeneralSecurityException {
        MasterKeyset master = MasterKeyset.generate();
        byte[] associated = EnvelopeVault.associatedData(her, ANSWERS);

        SealedBlob blob = SealedBlob.parse(new EnvelopeVault(master).sealText(her, ANSWERS, "in Tink's format"));

        byte[] dataKey = master.aead().decrypt(blob.wrappedKey(), associated);
        assertThat(new String(new AesGcmJce(dataKey).decrypt(blob.ciphertext(), associated), StandardCharsets.UTF_8))
                .isEqualTo("in Tink's format");
        assertThat(master.isPrimaryOutput(blob.wrappedKey())).isTrue();
    }

    @Test
    void aValueSealedByTinksOwnEncryptStillOpens() throws GeneralSecurityException {
        MasterKeyset master = MasterKeyset.generate();
        byte[] associated = EnvelopeVault.associatedData(her, ANSWERS);
        byte[] dataKey = new byte[32];
        new SecureRandom().nextBytes(dataKey);
        byte[] ciphertext = new AesGcmJce(dataKey).encrypt("sealed before".getBytes(StandardCharsets.UTF_8), associated);
        byte[] sealed = new SealedBlob(master.aead().encrypt(dataKey, associated), ciphertext).toBytes();

        assertThat(new EnvelopeVault(master).openText(her, ANSWERS, sealed)).isEqualTo("sealed before");
    }

    @Test
    void aPrimaryKeyOfAnotherKindStillSealsThroughTink() throws GeneralSecurityException {
        MasterKeyset chacha = MasterKeyset.of(
                KeysetHandle.generateNew(PredefinedAeadParameters.CHACHA20_POLY1305, RegistryConfiguration.get()));
        Vault other = new EnvelopeVault(chacha);

        byte[] sealed = other.sealText(her, ANSWERS, "another cipher");

        assertThat(other.openText(her, ANSWERS, sealed)).isEqualTo("another cipher");
        assertThat(chacha.isPrimaryOutput(SealedBlob.parse(sealed).wrappedKey())).isTrue();
    }
}

package app.temple.vault.internal;

import app.temple.vault.Vault;
import app.temple.vault.VaultException;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * Envelope encryption: each value gets its own AES-256-GCM data key, and the master keyset wraps that key. The
 * associated data of both layers names the format, the owner and the field, so neither the value nor its wrapped
 * key opens anywhere but where it was sealed. The master keyset only ever encrypts 32-byte data keys, and a
 * leaked data key exposes one value.
 */
final class EnvelopeVault implements Vault {

    private static final int DATA_KEY_BYTES = 32;
    private static final AesGcmParameters DATA_KEY = dataKeyParameters();
    private static final byte[] NO_PREFIX = new byte[0];

    private final MasterKeyset master;

    EnvelopeVault(MasterKeyset master) {
        this.master = master;
    }

    @Override
    public byte[] seal(UUID owner, String field, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] associated = associatedData(owner, field);
        // sealed by SharedRandomAesGcm in the format Tink opens: Tink's own encrypt made a generator per virtual thread
        byte[] dataKey = SharedRandomAesGcm.randomBytes(DATA_KEY_BYTES);
        try {
            byte[] ciphertext = SharedRandomAesGcm.encrypt(dataKey, NO_PREFIX, plaintext, associated);
            byte[] wrappedKey = master.wrap(dataKey, associated);
            return new SealedBlob(wrappedKey, ciphertext).toBytes();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a value of " + field, e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public byte[] open(UUID owner, String field, byte[] sealed) {
        byte[] associated = associatedData(owner, field);
        SealedBlob blob = SealedBlob.parse(sealed);
        try {
            byte[] dataKey = master.aead().decrypt(blob.wrappedKey(), associated);
            return aeadOf(SecretBytes.copyFrom(dataKey, InsecureSecretKeyAccess.get())).decrypt(blob.ciphertext(), associated);
        } catch (GeneralSecurityException e) {
            // Tink does not say which: another owner or field, an altered value, or a key no longer in the keyset
            throw new VaultException("A sealed value of " + field + " does not open with this owner, field and keyset");
        }
    }

    @Override
    public boolean isCurrent(byte[] sealed) {
        return master.isPrimaryOutput(SealedBlob.parse(sealed).wrappedKey());
    }

    /** Binds a sealed value to its format, owner and field. The owner has a fixed length, so the field can follow. */
    static byte[] associatedData(UUID owner, String field) {
        Objects.requireNonNull(owner, "owner");
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A sealed value needs a field name");
        }
        return ("temple-vault/" + SealedBlob.VERSION + "/" + owner + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static Aead aeadOf(SecretBytes dataKey) throws GeneralSecurityException {
        return AesGcmJce.create(AesGcmKey.builder().setParameters(DATA_KEY).setKeyBytes(dataKey).build());
    }

    private static AesGcmParameters dataKeyParameters() {
        try {
            // no Tink prefix: a data key is used once, inside its envelope, and needs no key id
            return AesGcmParameters.builder()
                    .setKeySizeBytes(DATA_KEY_BYTES)
                    .setIvSizeBytes(12)
                    .setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}

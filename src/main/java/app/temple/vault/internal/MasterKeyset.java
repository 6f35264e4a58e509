package app.temple.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The Tink keyset that wraps every data key. Its primary key wraps new data keys; every other enabled key still
 * unwraps the data keys it once wrapped, which is what lets a rotation happen without downtime.
 */
final class MasterKeyset {

    static {
        try {
            // RegistryConfiguration, used for parsing, generating and the primitive, knows what is registered
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle handle;
    private final Aead aead;
    private final byte[] primaryPrefix;
    /** The primary's raw AES key when it is AES-GCM in Tink's usual shape, which {@link #wrap} seals with itself. */
    private final byte[] primaryAesGcmKey;

    private MasterKeyset(KeysetHandle handle) throws GeneralSecurityException {
        this.handle = handle;
        this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.primaryPrefix = handle.getPrimary().getKey() instanceof AeadKey key
                ? key.getOutputPrefix().toByteArray()
                : new byte[0];
        this.primaryAesGcmKey = handle.getPrimary().getKey() instanceof AesGcmKey key
                && key.getParameters().getIvSizeBytes() == SharedRandomAesGcm.IV_BYTES
                && key.getParameters().getTagSizeBytes() * 8 == SharedRandomAesGcm.TAG_BITS
                ? key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get())
                : null;
    }

    static MasterKeyset of(KeysetHandle handle) {
        try {
            return new MasterKeyset(handle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The master keyset is not an AEAD keyset Tink can use: " + e.getClass().getSimpleName());
        }
    }

    /** A new keyset of one AES-256-GCM key. */
    static MasterKeyset generate() {
        try {
            return of(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, RegistryConfiguration.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a master keyset", e);
        }
    }

    /**
     * Reads a keyset in Tink's JSON format.
     *
     * @param source where it came from, for the error message (never the JSON itself: it is the secret)
     */
    static MasterKeyset parse(String json, String source) {
        try {
            return of(TinkJsonProtoKeysetFormat.parseKeyset(json, RegistryConfiguration.get(), InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The master keyset from " + source + " is not a Tink JSON keyset ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** This keyset in Tink's JSON format, secret keys included. */
    String toJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, RegistryConfiguration.get(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not serialise the master keyset", e);
        }
    }

    /** This keyset plus a fresh AES-256-GCM key that becomes the primary; the old keys stay to unwrap old data. */
    MasterKeyset withFreshPrimary() {
        try {
            return of(KeysetHandle.newBuilder(handle)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId()
                            .makePrimary())
                    .build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a key to the master keyset", e);
        }
    }

    /** Unwraps data keys, under whichever key of the keyset wrapped them. */
    Aead aead() {
        return aead;
    }

    /**
     * Wraps a data key under the primary key: the same bytes Tink's {@code aead().encrypt} would write, without
     * Tink's generator per thread (see {@link SharedRandomAesGcm}). A primary of another kind is left to Tink.
     */
    byte[] wrap(byte[] dataKey, byte[] associated) throws GeneralSecurityException {
        return primaryAesGcmKey == null
                ? aead.encrypt(dataKey, associated)
                : SharedRandomAesGcm.encrypt(primaryAesGcmKey, primaryPrefix, dataKey, associated);
    }

    /** The Tink id of the primary key; ids are not secret. */
    int primaryId() {
        return handle.getPrimary().getId();
    }

    int size() {
        return handle.size();
    }

    /** Whether the primary key wrapped {@code wrappedKey}; false when the primary key writes no key id. */
    boolean isPrimaryOutput(byte[] wrappedKey) {
        return primaryPrefix.length > 0 && wrappedKey.length > primaryPrefix.length
                && Arrays.equals(wrappedKey, 0, primaryPrefix.length, primaryPrefix, 0, primaryPrefix.length);
    }
}

package app.temple.vault.internal;

import app.temple.vault.VaultException;

import java.nio.ByteBuffer;

/**
 * The stored form of a sealed value: a format version, the data key wrapped by the master keyset, and the value
 * encrypted with that data key.
 * <pre>
 * byte 0       format version (1)
 * bytes 1..2   length n of the wrapped key, unsigned big-endian
 * bytes 3..3+n the wrapped data key: the master AEAD's output, which starts with the Tink key id
 * the rest     the value: AES-256-GCM under the data key, IV first
 * </pre>
 *
 * @param wrappedKey the data key as the master keyset encrypted it
 * @param ciphertext the value as the data key encrypted it
 */
record SealedBlob(byte[] wrappedKey, byte[] ciphertext) {

    static final byte VERSION = 1;

    private static final int HEADER = 3;

    SealedBlob {
        if (wrappedKey.length == 0 || wrappedKey.length > 0xFFFF) {
            throw new IllegalArgumentException("A wrapped key of " + wrappedKey.length + " bytes does not fit");
        }
    }

    byte[] toBytes() {
        return ByteBuffer.allocate(HEADER + wrappedKey.length + ciphertext.length)
                .put(VERSION)
                .putShort((short) wrappedKey.length)
                .put(wrappedKey)
                .put(ciphertext)
                .array();
    }

    /** @throws VaultException when {@code sealed} is not a sealed value of a known format */
    static SealedBlob parse(byte[] sealed) {
        if (sealed == null || sealed.length < HEADER) {
            throw new VaultException("Not a sealed value");
        }
        if (sealed[0] != VERSION) {
            throw new VaultException("Unknown sealed format " + sealed[0]);
        }
        ByteBuffer buffer = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
        int keyLength = Short.toUnsignedInt(buffer.getShort());
        if (keyLength == 0 || buffer.remaining() < keyLength) {
            throw new VaultException("A sealed value is truncated");
        }
        byte[] wrappedKey = new byte[keyLength];
        buffer.get(wrappedKey);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        return new SealedBlob(wrappedKey, ciphertext);
    }
}

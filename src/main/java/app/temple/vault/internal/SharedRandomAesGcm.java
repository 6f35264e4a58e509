package app.temple.vault.internal;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * AES-GCM encryption in Tink's own output format (the key's output prefix, a 12-byte IV, the ciphertext, the
 * 16-byte tag), with its IVs and data keys drawn from a few generators shared by every thread. Tink's values open
 * with it and its values open with Tink; only sealing goes through here.
 * <p>
 * Why not Tink's encrypt: Tink keeps a {@code SecureRandom} per thread, and with a virtual thread per request every
 * seal made a new one. Making it first looks for Conscrypt by name through the application's class loader, which
 * fails slowly and under that loader's lock for the name, with the carrier pinned by the native frame of
 * {@code Class.forName}: on two cores at 32 connections the quiz POST lost a tenth of its CPU there and its p99
 * went to hundreds of milliseconds while the median stayed under one (JFR, 2026-12-05).
 */
final class SharedRandomAesGcm {

    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;

    /**
     * Several DRBG generators rather than one: each serialises its callers, where every default (NativePRNG)
     * instance shares one lock and reads the kernel's generator on each draw. Which one a seal uses does not matter.
     */
    private static final SecureRandom[] RANDOMS = IntStream.range(0, 8).mapToObj(i -> drbg()).toArray(SecureRandom[]::new);

    private SharedRandomAesGcm() {
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException missing) {
            return new SecureRandom();
        }
    }

    /** {@code count} bytes from a cryptographically strong generator. */
    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOMS[ThreadLocalRandom.current().nextInt(RANDOMS.length)].nextBytes(bytes);
        return bytes;
    }

    /**
     * {@code prefix || IV || AES-GCM(key, IV, plaintext, associated) || tag}, the bytes Tink's AES-GCM writes for a key
     * with this output prefix (empty for a raw key), so that Tink's decrypt opens them.
     */
    static byte[] encrypt(byte[] key, byte[] prefix, byte[] plaintext, byte[] associated) throws GeneralSecurityException {
        byte[] iv = randomBytes(IV_BYTES);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associated);
        byte[] out = new byte[prefix.length + IV_BYTES + cipher.getOutputSize(plaintext.length)];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(iv, 0, out, prefix.length, IV_BYTES);
        int written = cipher.doFinal(plaintext, 0, plaintext.length, out, prefix.length + IV_BYTES);
        if (prefix.length + IV_BYTES + written != out.length) {
            throw new GeneralSecurityException("AES-GCM wrote " + written + " bytes where " + out.length + " were expected");
        }
        return out;
    }
}

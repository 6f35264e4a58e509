package app.temple.site;

import jakarta.servlet.http.HttpServletRequest;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/** The per-response nonce that lets our own script tags run under a strict Content-Security-Policy. */
public final class CspNonce {

    private static final String ATTRIBUTE = CspNonce.class.getName();
    /**
     * A few generators rather than one: each serialises its callers, every page of her own draws a nonce, and one
     * generator was the most contended lock in a profile under load (2026-11-21). DRBG instances keep their own
     * state, where every default (NativePRNG) instance shares one lock. Which one a request uses does not matter.
     */
    private static final SecureRandom[] RANDOMS = IntStream.range(0, 8).mapToObj(i -> drbg()).toArray(SecureRandom[]::new);

    private CspNonce() {
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException missing) {
            return new SecureRandom();
        }
    }

    /** The nonce of this request, created on first use. */
    public static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOMS[ThreadLocalRandom.current().nextInt(RANDOMS.length)].nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }
}

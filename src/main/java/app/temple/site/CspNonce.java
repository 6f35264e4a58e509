package app.temple.site;

import jakarta.servlet.http.HttpServletRequest;

import java.security.SecureRandom;
import java.util.Base64;

/** The per-response nonce that lets our own script tags run under a strict Content-Security-Policy. */
public final class CspNonce {

    private static final String ATTRIBUTE = CspNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CspNonce() {
    }

    /** The nonce of this request, created on first use. */
    public static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }
}

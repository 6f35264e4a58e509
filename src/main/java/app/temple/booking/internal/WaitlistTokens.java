package app.temple.booking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The unguessable part of an offer's link. Only its hash is stored, so a database dump opens no offer; the booking
 * made through it carries a key derived from it, so a confirmation sent twice books once.
 */
final class WaitlistTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WaitlistTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        return sha256("offer:" + token);
    }

    /** The booking's idempotency key for this offer: 40 hex characters, within {@link BookingRequest}'s rule. */
    static String bookingKey(String token) {
        return "wl" + HexFormat.of().formatHex(sha256("booking:" + token)).substring(0, 40);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

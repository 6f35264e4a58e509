package app.temple.account.internal;

import org.springframework.session.SessionIdGenerator;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Session ids of 216 random bits (27 bytes, 36 characters in URL-safe Base64), where Spring Session's default, a
 * random UUID, carries only 122: ASVS asks for at least 128 bits of entropy in a session token. 36 characters is
 * what the session table's column holds.
 */
final class RandomSessionIds implements SessionIdGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int BYTES = 27;

    @Override
    public String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
